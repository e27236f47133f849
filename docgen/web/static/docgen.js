// docgen's editor: read the form back into plan data, ask the server to check it as the clerk types,
// show each problem at its field, and keep the numbering of the outline as docgen will print it.
// The server does every check and every figure: this file only moves data and shows answers.
"use strict";

const token = () => document.querySelector('meta[name="docgen-token"]').content;
// the workspace this page belongs to: it takes a new token only from a docgen of that workspace
const ownWorkspace = () => document.querySelector('meta[name="docgen-workspace"]').content;
const words = (key) => document.body.dataset[key] || "";

async function send(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: {"Content-Type": "application/json", "X-Docgen-Token": token()},
    body: JSON.stringify(body),
  });
  return {status: response.status, json: await response.json().catch(() => ({}))};
}

async function post(url, body) {
  // status 0: the server does not answer (docgen was closed); the typing stays on the page
  try {
    const sent = token();
    let answer = await send(url, body);
    // docgen was started again: take its token (another request of the page may have taken it meanwhile),
    // unless the docgen now answering serves another workspace: then nothing is sent to it
    const fresh = answer.status === 403 && !answer.json.otherWorkspace ? await freshToken() : false;
    if (answer.status === 403 && (answer.json.otherWorkspace || fresh === OTHER)) {
      banner(words("otherWorkspace"));
      return {status: 403, json: {}, otherWorkspace: true};
    }
    if (answer.status === 403 && (fresh || token() !== sent)) answer = await send(url, body);
    if (answer.status === 403) banner(document.body.dataset.staleToken);
    return answer;
  } catch (error) {
    return {status: 0, json: {}};
  }
}

const OTHER = "other";  // what freshToken says when the docgen answering serves another workspace

async function freshToken() {
  // a page opened before docgen was started again holds the old start's token: take this start's one, from a
  // docgen of the page's own workspace only (another workspace's docgen may have been started on the same port)
  try {
    const response = await fetch("/session", {cache: "no-store"});
    const session = await response.json();
    if (session.workspace !== ownWorkspace()) return OTHER;
    const fresh = session.token;
    if (!fresh || fresh === token()) return false;
    document.querySelectorAll('meta[name="docgen-token"]').forEach((m) => { m.content = fresh; });
    document.querySelectorAll('input[name="token"]').forEach((i) => { i.value = fresh; });
    return true;
  } catch (error) {
    return false;
  }
}

function banner(text, hint) {
  // a message that stays until the page is reloaded: the page can no longer save what is typed
  const box = document.getElementById("banner");
  box.hidden = false;
  box.textContent = hint ? `${text} → ${hint}` : text;
  // it stays in sight under the editor's toolbar wherever the clerk is on the page (Ctrl+S far down the plan)
  const bar = document.querySelector(".toolbar");
  box.style.top = bar ? `${bar.offsetHeight}px` : "0";
}

// ---- form → data -------------------------------------------------------------------------------

function own(node, selector) {
  // the elements matching selector whose nearest data-node is node itself (not a nested entry)
  return [...node.querySelectorAll(selector)].filter((el) => el.parentElement.closest("[data-node]") === node);
}

function unchanged(input) {
  return input.type === "checkbox" ? input.checked === input.defaultChecked
    : input.tagName === "SELECT" ? [...input.options].every((o) => o.selected === o.defaultSelected)
    : input.value === input.defaultValue;
}

function original(input) {
  // what the file held, as it held it: a field left alone is sent back exactly (a line break inside a
  // paragraph, "+ " at the start of a text, a comma in an archive unit, a number written 1.40)
  const value = JSON.parse(input.dataset.original);
  const empty = value === null || value === "" || (Array.isArray(value) && value.length === 0);
  return empty ? null : value;
}

function number(text) {
  // 1.250 as the document prints it, or 1250
  const typed = text.trim();
  if (/^-?\d{1,3}(\.\d{3})+$/.test(typed)) return Number(typed.replace(/\./g, ""));
  return /^-?\d+$/.test(typed) ? Number(typed) : typed;
}

function isoDate(text) {
  // ngày/tháng/năm as the clerk reads it (8/1/2026 is 8 January), whatever the browser's language
  const typed = text.trim();
  const match = typed.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!match) return typed;
  return `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

function readField(input) {
  if ("original" in input.dataset && unchanged(input)) return original(input);
  const value = input.type === "checkbox" ? input.checked : input.value;
  const lines = () => value.split("\n").map((l) => l.trim()).filter(Boolean);
  switch (input.dataset.kind) {
    case "bool": return value ? null : false;  // true is the default: the file keeps it unsaid
    case "int": return value.trim() === "" ? null : number(value);
    case "date": return value.trim() === "" ? null : isoDate(value);
    case "decimal": {
      const typed = value.trim().replace(",", ".");
      return typed === "" ? null : (/^\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed);
    }
    case "lines": return lines().length ? lines() : null;
    case "csv": { const items = value.split(",").map((s) => s.trim()).filter(Boolean); return items.length ? items : null; }
    case "bullets": return bulletsOf(lines());
    case "text-or-empty": return value;
    default: return value.trim() === "" ? null : value.trim();
  }
}

function cellsOf(grid, path) {
  // a typed table: its heading rows, rows and total row, each a list of cells as typed (a cell left alone is
  // sent back exactly as the file held it)
  const out = {};
  const rowsOf = (part) => [...grid.querySelectorAll(`tr[data-row="${part}"]`)];
  for (const part of ["header", "rows", "total"]) {
    const rows = rowsOf(part).map((row, r) => {
      row.dataset.field = part === "total" ? `${path}.total` : `${path}.${part}[${r + 1}]`;
      return [...row.querySelectorAll("textarea[data-cell]")].map((cell, c) => {
        cell.dataset.field = `${row.dataset.field}[${c + 1}]`;
        return "original" in cell.dataset && unchanged(cell) ? JSON.parse(cell.dataset.original) : cell.value.trim();
      });
    });
    if (rows.length) out[part] = part === "total" ? rows[0] : rows;
  }
  return out;
}

function bulletsOf(lines) {
  // a line starting with "+" is a sub-point of the point above it (the plan file's nested list)
  const out = [];
  for (const line of lines) {
    if (/^\+\s/.test(line)) {  // "+ " starts a sub-point; "+5%" is just text
      const sub = line.slice(1).trim();
      if (Array.isArray(out[out.length - 1])) out[out.length - 1].push(sub); else out.push([sub]);
    } else {
      out.push(line.replace(/^[-–]\s*(?=\D)/, ""));  // docgen prints the dash itself
    }
  }
  return out.length ? out : null;
}

function valueOf(node, path) {
  // an entry that is its one field's value (a decision's point a): its paragraphs); left empty it is sent as one
  // empty paragraph, which the server names at the point ("Ô này cần được điền")
  const input = own(node, "[data-kind]")[0];
  input.dataset.field = path;
  return readField(input) ?? [""];
}

function collect(node, path) {
  const data = node.dataset.rest ? JSON.parse(node.dataset.rest) : {};  // the fields the editor does not show
  for (const input of own(node, "[data-kind]")) {
    const key = input.dataset.key;
    input.dataset.field = path ? `${path}.${key}` : key;
    const value = readField(input);
    if (value !== null && !(input.dataset.kind === "text-or-empty" && value === "")) data[key] = value;
  }
  for (const child of own(node, "[data-node][data-key]")) {
    const key = child.dataset.key;
    child.dataset.field = path ? `${path}.${key}` : key;
    const value = collect(child, child.dataset.field);
    if (Object.keys(value).length) data[key] = value;
  }
  for (const grid of own(node, "[data-cells]")) Object.assign(data, cellsOf(grid, path));
  for (const list of own(node, "[data-list]")) {
    const key = list.dataset.list;
    list.dataset.field = path ? `${path}.${key}` : key;
    const items = [...list.children].filter((el) => el.matches("[data-node]"));
    items.forEach((el, i) => { el.dataset.field = `${path ? path + "." : ""}${key}[${i + 1}]`; });
    const values = items.map((el) => ("value" in el.dataset ? valueOf(el, el.dataset.field) : collect(el, el.dataset.field)));
    if (values.length) data[key] = values;
  }
  if (node.id === "plan") {
    // fields still to confirm: those the clerk has not ticked yet
    const open = [...node.querySelectorAll("[data-confirm]")].filter((c) => !c.checked).map((c) => c.dataset.confirm);
    if (open.length) data.confirm = open;
  }
  return data;
}

// ---- numbering, as docgen prints it ------------------------------------------------------------

function roman(n) {
  const table = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"],
                 [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

function renumber(form) {
  const letters = form.dataset.letters.split(" ");
  const entries = (list) => list ? [...list.children].filter((el) => el.matches("[data-node]")) : [];
  const label = (el, text) => { el.querySelector(":scope > .node-head .number, :scope > .number").textContent = text; };
  const numberSections = (list) => entries(list).forEach((section, s) => {
    label(section, `${roman(s + 1)}.`);
    entries(section.querySelector(':scope > [data-list="items"]')).forEach((item, i) => {
      label(item, `${i + 1}.`);
      let counted = 0;
      entries(item.querySelector(':scope > [data-list="parts"]')).forEach((part) => {
        const numbered = part.querySelector(':scope > label > [data-key="numbered"]').checked;
        label(part, numbered ? `${i + 1}.${++counted}.` : "–");
        entries(part.querySelector(':scope > [data-list="points"]')).forEach((p, k) => label(p, `${letters[k]})`));
      });
      entries(item.querySelector(':scope > [data-list="points"]')).forEach((p, k) => label(p, `${letters[k]})`));
    });
  });
  const divisions = form.querySelector('[data-kind-of="division"]');
  if (divisions) {
    const ordinals = form.dataset.ordinals.split("|");
    entries(divisions).forEach((division, d) => {
      label(division, `Phần ${ordinals[d] || d + 1}`);  // sections restart at I. in each part
      numberSections(division.querySelector(':scope > [data-list="sections"]'));
    });
  } else {
    numberSections(form.querySelector('[data-list="sections"]'));
  }
  entries(form.querySelector('[data-list="hamlets"]')).forEach((row, r) => label(row, `${r + 1}`));
  const appendices = entries(form.querySelector('[data-list="appendices"]'));
  appendices.forEach((a, i) => {
    const own = a.querySelector(':scope > .row [data-key="label"]');
    label(a, own && own.value.trim() ? own.value.trim() : `Phụ lục${appendices.length === 1 ? "" : " " + roman(i + 1)}`);
    numberSections(a.querySelector(':scope > [data-list="sections"]'));
    entries(a.querySelector(':scope > [data-list="signatures"]')).forEach((signer, k) => label(signer, `${k + 1}`));
  });
  entries(form.querySelector('[data-list="tables"]')).forEach((t, i) => label(t, `Bảng ${i + 1}`));
  entries(form.querySelector('[data-list="results"]')).forEach((row, r) => label(row, `${r + 1}`));
  entries(form.querySelector('[data-list="articles"]')).forEach((article, a) => {
    label(article, `Điều ${a + 1}.`);
    entries(article.querySelector(':scope > [data-list="clauses"]')).forEach((c, k) => {
      label(c, `${k + 1}.`);
      entries(c.querySelector(':scope > [data-list="points"]')).forEach((p, n) => label(p, `${letters[n]})`));
    });
  });
}

// ---- a typed table: rows and columns added and removed -------------------------------------------

function newCell() {
  const td = document.createElement("td");
  const cell = document.createElement("textarea");
  cell.rows = 1;
  cell.dataset.cell = "";
  cell.setAttribute("aria-label", "Ô của bảng");
  td.append(cell);
  return td;
}

function newRow(grid, part) {
  const row = document.createElement("tr");
  row.dataset.row = part;
  for (let i = 0; i < tableWidth(grid); i++) row.append(newCell());
  const tools = grid.querySelector("tr.col-tools").lastElementChild.cloneNode(false);
  tools.className = "row-tools";
  tools.innerHTML = '<button type="button" data-table="remove-row" title="Xóa dòng này" aria-label="Xóa dòng">✕</button>';
  row.append(tools);
  return row;
}

function rowName(grid, row) {
  // "dòng 3" or "dòng tiêu đề 2", as the page's messages name the rows of a table
  const same = [...grid.querySelectorAll(`tr[data-row="${row.dataset.row}"]`)];
  return `dòng ${row.dataset.row === "header" ? "tiêu đề " : ""}${same.indexOf(row) + 1}`;
}

function tableWidth(grid) {
  return grid.querySelector("tr.col-tools").children.length - 1;
}

function editTable(button) {
  // returns the element to focus after the change, or null when nothing changed
  const node = button.closest("[data-node]");
  const grid = node.querySelector("[data-cells]");
  const action = button.dataset.table;
  const firstCell = (row) => row.querySelector("textarea");
  if (action === "row" || action === "header" || action === "total") {
    const part = action === "row" ? "rows" : action;
    const row = newRow(grid, part);
    grid.querySelector(part === "header" ? "thead" : part === "total" ? "tfoot" : "tbody").append(row);
    if (part === "total") { firstCell(row).value = "Cộng"; button.hidden = true; }
    return firstCell(row);
  }
  if (action === "column") {
    const tools = grid.querySelector("tr.col-tools");
    const head = tools.firstElementChild ? tools.firstElementChild.cloneNode(true) : document.createElement("td");
    if (!head.firstElementChild) head.innerHTML = '<button type="button" data-table="remove-column" title="Xóa cột này">✕ cột</button>';
    tools.lastElementChild.before(head);
    widthsFollow(node, (list) => list.push(list[list.length - 1]));
    let focus = null;
    for (const row of grid.querySelectorAll("tr[data-row]")) {
      const cell = newCell();
      row.lastElementChild.before(cell);
      focus = focus || cell.firstElementChild;
    }
    return focus || head.firstElementChild;
  }
  if (action === "remove-row") {
    // put back by "Hoàn tác" as a removed block is: the focus goes to it, and comes back to the row's first cell
    const row = button.closest("tr");
    const filled = [...row.querySelectorAll("textarea")].some((el) => el.value.trim());
    if (filled && !window.confirm(document.body.dataset.confirmRemove)) return null;
    const addTotal = node.querySelector('[data-table="total"]');
    const total = row.dataset.row === "total";
    const place = `${total ? "dòng tổng" : rowName(grid, row)} của ${node.querySelector(".number").textContent.trim()}`;
    const cells = [...row.querySelectorAll("textarea")].map((el) => el.value.trim()).filter(Boolean).join(" · ");
    offerUndo(node.closest("form"), row, row.parentElement, row.nextElementSibling,
              {place, text: cells, after: () => { if (total) addTotal.hidden = true; }});
    if (total) addTotal.hidden = false;
    row.remove();
    return document.getElementById("undo-button");
  }
  if (action === "remove-column") {
    const index = [...button.closest("tr").children].indexOf(button.closest("td"));
    const cells = [...grid.querySelectorAll("tr[data-row]")].map((row) => row.children[index]).filter(Boolean);
    const filled = cells.some((td) => td.querySelector("textarea") && td.querySelector("textarea").value.trim());
    if (filled && !window.confirm(document.body.dataset.confirmRemove)) return null;
    cells.forEach((td) => td.remove());
    widthsFollow(node, (list) => list.splice(index, 1));
    button.closest("td").remove();
    const tools = grid.querySelector("tr.col-tools");
    return (tools.children[Math.min(index, tools.children.length - 2)] || tools).querySelector("button")
      || node.querySelector('[data-table="column"]');
  }
  return null;
}

function widthsFollow(node, change) {
  // the widths and alignments of the table's columns (kept as the file has them) follow a column added or removed
  const rest = JSON.parse(node.dataset.rest || "{}");
  for (const key of ["widths", "align"]) if (Array.isArray(rest[key]) && rest[key].length) change(rest[key]);
  node.dataset.rest = JSON.stringify(rest);
}

function freshIds(form, node) {
  // a new table or appendix gets a name no other one has: bang_2, phu_luc_3 …
  for (const input of node.querySelectorAll("[data-fresh-id]")) {
    if (input.value.trim()) continue;
    const taken = new Set([...form.querySelectorAll('[data-key="id"]')].map((el) => el.value.trim()));
    let n = 1;
    while (taken.has(`${input.dataset.freshId}_${n}`)) n++;
    input.value = `${input.dataset.freshId}_${n}`;
  }
}

// ---- emphasis: **đậm**, *nghiêng*, __gạch chân__ around the selection ------------------------------

const PLAIN_KEYS = ["id", "label", "figure", "header", "group", "total", "total_label", "orientation"];

function takesMarks(el) {
  // the texts docgen prints with emphasis: bases, intro, the body, closing, table cells, appendix texts
  if (!el || !el.matches || !el.matches("textarea, input[type=text]")) return false;
  if (!el.closest("[data-emphasis]") || el.closest("[data-plain]") || el.hasAttribute("data-plain")) return false;
  return el.hasAttribute("data-cell") || (el.dataset.kind && !PLAIN_KEYS.includes(el.dataset.key));
}

function markRuns(value, start, end, char) {
  // how many of the mark's characters stand right before start and right after end
  let before = 0, after = 0;
  while (start - before > 0 && value[start - before - 1] === char && value[start - before - 2] !== "\\") before++;
  while (value[end + after] === char) after++;
  return [before, after];
}

function toggleMark(input, mark) {
  // puts the marks around the selected words of each line (a paragraph each), or takes them off when they are
  // there already; a mark character that would touch the new marks is written \* so a figure such as
  // "1.250*" keeps its asterisk
  let start = input.selectionStart, end = input.selectionEnd;
  const value = input.value;
  if (start === end) {  // no selection: the word at the cursor
    while (start > 0 && /[^\s*_]/.test(value[start - 1])) start--;
    while (end < value.length && /[^\s*_]/.test(value[end])) end++;
  }
  const pieces = [];
  let offset = start;
  for (const line of value.slice(start, end).split("\n")) {
    pieces.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  let out = value, shift = 0, first = null, last = null;
  for (let [s, e] of pieces) {
    s += shift; e += shift;
    while (s < e && /\s/.test(out[s])) s++;
    while (e > s && /\s/.test(out[e - 1])) e--;
    if (s === e) continue;
    const char = mark[0], width = mark.length;
    const [before, after] = markRuns(out, s, e, char);
    const on = width === 2 ? before >= 2 && after >= 2 : before % 2 === 1 && after % 2 === 1;
    let text = out.slice(s, e), replaced;
    if (on) {
      replaced = text;
      out = out.slice(0, s - width) + text + out.slice(e + width);
      s -= width;
      shift -= 2 * width;
    } else {
      const head = /^[*_]/.test(text) && !text.startsWith("\\") ? "\\" : "";
      const tail = /[*_]$/.test(text) && !/\\[*_]$/.test(text) ? text.slice(0, -1) + "\\" + text.slice(-1) : text;
      replaced = `${mark}${head}${tail}${mark}`;
      out = out.slice(0, s) + replaced + out.slice(e);
      shift += replaced.length - text.length;
      s += width;
      text = replaced.slice(width, -width);
    }
    first = first === null ? s : first;
    last = s + (on ? replaced.length : text.length);
  }
  if (first === null) return false;
  input.value = out;
  input.setSelectionRange(first, last);
  input.dispatchEvent(new Event("input", {bubbles: true}));
  return true;
}

function markNote(text) {
  const state = document.getElementById("save-state");
  state.textContent = text;
  state.className = "warn";
}

function insertTable(form, field) {
  // a new table of the text, placed between two paragraphs: a line «{table.bang_1}» after the cursor's line
  if (!field || !field.isConnected || field.dataset.kind !== "lines" || field.closest("#tables")) {
    markNote(words("tableWhere"));
    return;
  }
  document.querySelector('#tables > button[data-add="table"]').click();
  const table = [...document.querySelectorAll('[data-list="tables"] > [data-node]')].pop();
  const id = table.querySelector('[data-key="id"]').value;
  const value = field.value;
  const end = value.indexOf("\n", field.selectionEnd);
  const at = end < 0 ? value.length : end;
  field.value = `${value.slice(0, at)}${value.slice(0, at).trim() ? "\n" : ""}{table.${id}}${value.slice(at)}`;
  field.dispatchEvent(new Event("input", {bubbles: true}));
  noteAfter(field.closest("label") || field, words("tablePlaced").replace("{id}", id));
  table.querySelector("textarea[data-cell]").focus();
}

// ---- undoing the last removal -----------------------------------------------------------------

let removed = null;  // the entry last removed, and where it stood: put back by "Hoàn tác" until the next one

function offerUndo(form, node, parent, next, {place = "", text = null, after = null, also = []} = {}) {
  // place: where the entry stood, in the page's words, when its own number does not say it ("dòng 3 của Bảng 2");
  // text: what it said (else its first filled field); after: what to do once it is back (a table's
  // "+ Thêm dòng tổng" hidden again); also: entries removed with it ({node, parent, next}: a hamlet's result row)
  removed = {node, parent, next, after, also};
  const bar = document.getElementById("undo");
  const number = node.querySelector(":scope > .node-head .number, :scope > .number, .number");
  const field = [...node.querySelectorAll("input[type=text], textarea")].find((el) => el.value.trim());
  const words = text ?? (field ? field.value.trim().split("\n")[0] : "");
  const shown = words.length > 40 ? `${words.slice(0, 40)}…` : words;
  const label = place || (number && number.textContent.trim()) || "";
  const withIt = also.length ? " cùng dòng kết quả cuối năm của nó" : "";
  document.getElementById("undo-text").textContent =
    `Đã xóa ${label ? label + " " : ""}${shown ? `«${shown}»` : label ? "" : "một mục"}`.trim() + withIt + ".";
  bar.hidden = false;  // until the next change: a clerk reading the page is not hurried
  document.getElementById("undo-button").focus();  // reachable at once from the keyboard (Enter, or Ctrl+Z)
}

function hideUndo() {
  removed = null;
  document.getElementById("undo").hidden = true;
}

// ---- answers from the server -------------------------------------------------------------------

function showProblems(form, problems) {
  form.querySelectorAll(".problem").forEach((el) => el.remove());
  form.querySelectorAll(".has-problem, .confirm-pending").forEach((el) => el.classList.remove("has-problem", "confirm-pending"));
  const summary = document.getElementById("summary");
  summary.replaceChildren();
  summary.hidden = problems.length === 0;
  // errors to fix first, then the entries still to confirm (ticked in the box above, not fixed)
  const errors = problems.filter((p) => !p.confirm && !p.sample), unconfirmed = problems.filter((p) => p.confirm);
  const samples = problems.filter((p) => p.sample);
  summary.classList.toggle("only-confirm", errors.length === 0);
  for (const [group, words] of [[errors, `Còn ${errors.length} lỗi cần sửa:`],
                                [unconfirmed, `Còn ${unconfirmed.length} mục cần xác nhận (đánh dấu ở khung «Cần xác nhận» phía trên):`],
                                [samples, `Còn ${samples.length} chỗ cần xem (còn chữ mẫu thì văn bản chỉ được tạo là DỰ THẢO):`]]) {
    if (group.length) showGroup(form, summary, group, words);
  }
}

function showGroup(form, summary, problems, words) {
  const head = document.createElement("p");
  head.textContent = words;
  summary.append(head);
  for (const problem of problems) {
    const target = fieldElement(form, problem.field);
    const note = document.createElement("div");
    note.className = problem.confirm || problem.sample ? "problem to-confirm" : "problem";
    note.textContent = problem.message + (problem.hint ? ` → ${problem.hint}` : "");
    const line = document.createElement("div");
    line.className = problem.confirm || problem.sample ? "problem-line to-confirm" : "problem-line";
    line.textContent = problem.where ? `${problem.where}: ${problem.message}` : problem.message;
    summary.append(line);
    if (target) {
      target.classList.add(problem.confirm || problem.sample ? "confirm-pending" : "has-problem");
      placeNote(target, note);
      line.tabIndex = 0;
      const go = () => { target.scrollIntoView({block: "center"}); (target.matches("input, textarea, select") ? target : target.querySelector("input, textarea, select") || target).focus(); };
      line.addEventListener("click", go);
      line.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
    }
  }
}

function placeNote(target, note) {
  if (target.matches("fieldset")) target.querySelector("legend").after(note);
  else if (target.matches(".node") && target.querySelector(":scope > .node-head")) target.querySelector(":scope > .node-head").after(note);
  else (target.closest("table") ? target.closest("table").parentElement : (target.closest("label") || target)).after(note);
}

function fieldElement(form, field) {
  // the input of the field, else the entry that holds it (a hamlet's row, a section), else nothing
  let path = field;
  while (path) {
    const found = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (found) return found;
    path = path.includes(".") || path.includes("[") ? path.replace(/(\.[^.[\]]+|\[\d+\])$/, "") : "";
  }
  return null;
}

function showFigures(form, figures) {
  if (!figures.hamlets) figures = {hamlets: [], totals: {}};  // the server leaves out what a wrong cell feeds
  const rows = [...form.querySelectorAll('[data-list="hamlets"] > [data-node]')];
  rows.forEach((row, i) => {
    for (const cell of row.querySelectorAll("[data-figure]")) cell.textContent = (figures.hamlets[i] || {})[cell.dataset.figure] || "";
  });
  for (const cell of form.querySelectorAll("[data-total]")) cell.textContent = figures.totals[cell.dataset.total] || "";
}

// ---- pasted text: docgen's own marks left out, visibly ------------------------------------------

// "3.", "3.1.", "II.", "a)" and, in the list of points, "-", "•", Word's "o": docgen prints them itself
const NUMBER_MARK = /^\s*(?:Phần thứ \S+[.:]?|[IVXL]+\.|\d+(?:\.\d+)*\.|\d+\)|[a-zđ]\))\s+(?=\S)/;
const BULLET_MARK = /^\s*(?:[-–—•●▪◦·]|[o*](?=\s))\s*(?=\S)/;  // "**bold**" is markup, not a "*" mark
const SUB_MARK = /^\s*(?:[+◦]|o(?=\s))\s*(?=\S)/;  // Word's second level: docgen's "+ " sub-point

function cleanPasted(text, kind) {
  const found = new Set();
  const cleaned = text.replace(/\r\n?/g, "\n").split("\n").map((line) => {
    let out = line;
    const number = out.match(NUMBER_MARK);
    if (number) { found.add(number[0].trim()); out = out.slice(number[0].length); }
    if (kind === "bullets") {
      const sub = out.match(SUB_MARK);
      if (sub) { found.add(sub[0].trim()); return `+ ${out.slice(sub[0].length)}`; }
      const bullet = out.match(BULLET_MARK);
      if (bullet) { found.add(bullet[0].trim()); out = out.slice(bullet[0].length); }
    } else if (kind === "lines") {
      const bullet = out.match(/^\s*[•●▪◦·]\s*(?=\S)/);
      if (bullet) { found.add(bullet[0].trim()); out = out.slice(bullet[0].length); }
    }
    return out.replace(/^\t+/, "");
  }).join("\n");
  return {cleaned, found: [...found]};
}

function onPaste(event) {
  const input = event.target;
  if (!input.matches || !input.matches("[data-kind], [data-cell]")) return;
  const text = event.clipboardData.getData("text/plain");
  if (input.closest("#hamlets, #results, [data-cells]")) {
    if (/[\t\n]/.test(text.trim())) { event.preventDefault(); pasteCells(input, text); }
    return;
  }
  if (!input.closest(".node") && input.dataset.key !== "bases" && input.dataset.key !== "intro") return;
  const {cleaned, found} = cleanPasted(input.tagName === "INPUT" ? text.replace(/\s*\n\s*/g, " ") : text, input.dataset.kind);
  if (!found.length) return;
  event.preventDefault();
  input.setRangeText(cleaned, input.selectionStart, input.selectionEnd, "end");
  input.dispatchEvent(new Event("input", {bubbles: true}));
  noteAfter(input.closest("label") || input, words("pasteCleaned").replace("{marks}", found.map((m) => `«${m}»`).join(", ")));
}

function noteAfter(element, text) {
  // a short notice right after a field or a button (said once: a second one replaces the first)
  let note = element.nextElementSibling;
  if (!note || !note.classList.contains("paste-note")) {
    note = document.createElement("div");
    note.className = "paste-note";
    note.setAttribute("role", "status");
    element.after(note);
  }
  note.textContent = text;
}

function pasteCells(input, text) {
  // a block copied from Excel or Word: rows by line, cells by tab, from the cell pasted into (into the hamlet
  // grid, the results of a report, or a table of the text, which get the rows they lack)
  const rows = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n").map((line) => line.split("\t"));
  const startRow = input.closest("tr");
  const fields = (tr) => [...tr.querySelectorAll("input[data-kind], textarea[data-cell]")];
  const column = fields(startRow).indexOf(input);
  const grid = input.closest("[data-cells]");
  let row = startRow;
  for (const cells of rows) {
    if (!row && input.closest("#hamlets")) {
      document.querySelector('button[data-add="hamlet"]').click();
      row = [...document.querySelectorAll('[data-list="hamlets"] > tr')].pop();
    } else if (!row && grid && startRow.dataset.row !== "total") {
      row = newRow(grid, "rows");
      grid.querySelector("tbody").append(row);
    }
    if (!row) break;
    const inputs = fields(row);
    cells.forEach((cell, i) => { if (inputs[column + i]) inputs[column + i].value = cell.trim(); });
    if (grid) {
      const order = [...grid.querySelectorAll("tr[data-row]")];
      row = order[order.indexOf(row) + 1] || null;
    } else {
      row = row.nextElementSibling;
    }
  }
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

// ---- a report's results follow the hamlets ------------------------------------------------------------

const sameName = (a, b) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

function addResult(form, button) {
  // a result row for the first hamlet of the grid that has none, at its place among the rows (the results follow
  // the hamlets, in order); when every hamlet has its row, said at the button in the page's words
  const names = [...form.querySelectorAll('[data-list="hamlets"] > [data-node] [data-key="name"]')].map((i) => i.value.trim());
  const list = form.querySelector('[data-list="results"]');
  const rows = () => [...list.children].filter((el) => el.matches("[data-node]"));
  const of = (row) => row.querySelector('[data-key="hamlet"]').value;
  const missing = names.findIndex((name) => name && !rows().some((row) => sameName(of(row), name)));
  if (missing < 0) { noteAfter(button, button.dataset.full); return null; }
  if (button.nextElementSibling && button.nextElementSibling.classList.contains("paste-note")) button.nextElementSibling.remove();
  const later = rows().find((row) => names.findIndex((name) => sameName(name, of(row))) > missing);
  list.insertBefore(document.getElementById("new-result").content.cloneNode(true), later || null);
  const added = later ? later.previousElementSibling : rows().pop();
  added.querySelector('[data-key="hamlet"]').value = names[missing];
  return added;
}

function withHamlet(form, node) {
  // the result row of a hamlet about to be removed from the grid, and where it stands (none for another entry)
  const name = node.closest('[data-list="hamlets"]') && node.querySelector('[data-key="name"]');
  if (!name || !name.value.trim()) return [];
  const rows = [...form.querySelectorAll('[data-list="results"] > [data-node]')];
  const row = rows.find((el) => sameName(el.querySelector('[data-key="hamlet"]').value, name.value));
  return row ? [{node: row, parent: row.parentElement, next: row.nextElementSibling}] : [];
}

function followRename(form, input) {
  // a hamlet renamed in the grid: a report's result row of that hamlet follows, so the two stay linked
  const was = input.dataset.was ?? input.defaultValue;
  input.dataset.was = input.value;
  if (!was.trim()) return;
  const result = [...form.querySelectorAll('[data-list="results"] [data-key="hamlet"]')].find((el) => sameName(el.value, was));
  if (result) result.value = input.value;
}

// ---- a confirm box is ticked once its field was looked at -------------------------------------

function gateConfirms(form) {
  for (const box of form.querySelectorAll("[data-confirm]")) {
    box.disabled = true;
    box.closest("label").title = words("confirmLook");
    const hint = document.createElement("span");
    hint.className = "muted confirm-hint";
    hint.textContent = ` (${words("confirmLook")})`;
    box.closest("label").append(hint);
  }
  const looked = (event) => {
    for (const box of form.querySelectorAll("[data-confirm]:disabled")) {
      const field = fieldElement(form, box.dataset.confirm) || (box.dataset.confirm === "hamlets" && document.getElementById("hamlets"));
      if (field && field.contains(event.target) && !event.target.matches("[data-confirm]")) {
        box.disabled = false;
        box.closest("label").title = "";
        const hint = box.closest("label").querySelector(".confirm-hint");
        if (hint) hint.remove();
      }
    }
  };
  form.addEventListener("focusin", looked);
  form.addEventListener("change", looked);
}

// ---- unsaved changes kept in the browser -------------------------------------------------------

// by workspace too: a plan of the same name in another workspace (served on the same port) is another plan
const keptKey = (form) => `docgen-unsaved:${ownWorkspace()}:${form.dataset.name}`;

function keep(form, data) {
  try { localStorage.setItem(keptKey(form), JSON.stringify({digest: form.dataset.digest, data})); } catch (e) { /* full */ }
}

function forget(form) {
  try { localStorage.removeItem(keptKey(form)); } catch (e) { /* unavailable */ }
}

// before the token was bound to its workspace, typing was kept by plan name alone
const oldKeptKey = (form) => `docgen-unsaved:${form.dataset.name}`;

function migrateKept(form) {
  // typing kept under the old key is this workspace's when it was typed over this very file (the same digest):
  // moved under this workspace's key, so it is offered back, once; another workspace's is left where it is
  try {
    const old = JSON.parse(localStorage.getItem(oldKeptKey(form)) || "null");
    if (!old || old.digest !== form.dataset.digest || localStorage.getItem(keptKey(form))) return;
    localStorage.setItem(keptKey(form), JSON.stringify(old));
    localStorage.removeItem(oldKeptKey(form));
  } catch (e) { /* unavailable, or not ours */ }
}

function offerKept(form) {
  let kept = null;
  migrateKept(form);
  try { kept = JSON.parse(localStorage.getItem(keptKey(form)) || "null"); } catch (e) { kept = null; }
  if (!kept || !kept.data || JSON.stringify(kept.data) === JSON.stringify(collect(form, ""))) return;
  const box = document.getElementById("kept");
  box.hidden = false;
  document.getElementById("kept-data").value = JSON.stringify(kept.data);
  document.getElementById("kept-digest").value = kept.digest || "";
  document.getElementById("kept-discard").addEventListener("click", () => { forget(form); box.hidden = true; });
}

// ---- the editor --------------------------------------------------------------------------------

const savedWrong = (wrong) => words("savedWithErrors").replace("{count}", wrong.length)
  .replace("{where}", wrong[0].where || wrong[0].message);

function editor(form) {
  let timer = null;
  let dirty = form.dataset.restored === "1";
  const state = document.getElementById("save-state");
  const setState = (text, kind) => { state.textContent = text; state.className = kind || "muted"; };

  let checks = 0;  // the last check asked for: an older answer arriving late is not shown over a newer one
  async function check() {
    const data = collect(form, "");
    if (dirty) keep(form, data);
    const mine = ++checks;
    const {json} = await post(form.dataset.checkUrl, {data});
    if (mine !== checks) return;
    if (json.problems) showProblems(form, json.problems);
    if (json.problems) showFigures(form, json.figures || {});
  }

  // one save at a time: a save asked for while another is on its way (Ctrl+S twice, Lưu then "tạo văn bản")
  // waits for it and sends the version it saved, so the second is never told the file "changed elsewhere"
  let saving = Promise.resolve(true);
  function save() {
    saving = saving.then(saveNow, saveNow);
    return saving;
  }

  async function saveNow() {
    const data = collect(form, "");
    const typed = edits;  // typing during the save is not in this save: it stays "not saved"
    keep(form, data);
    setState(words("saving"), "muted");
    const {status, json} = await post(form.dataset.saveUrl, {data, digest: form.dataset.digest});
    if (json.saved) {
      form.dataset.digest = json.digest;
      form.dataset.saves = String(Number(form.dataset.saves || 0) + 1);  // how many saves went through
      dirty = edits !== typed;
      if (dirty) keep(form, collect(form, "")); else forget(form);
      // what was saved still wrong is said, not "Đã lưu" alone: the document cannot be made from it yet
      const wrong = (json.problems || []).filter((p) => !p.confirm && !p.sample);
      if (dirty) setState("Có thay đổi chưa lưu", "warn");
      else if (wrong.length) setState(savedWrong(wrong), "bad");
      else setState("Đã lưu", "ok");
      document.getElementById("banner").hidden = true;
      drawPages();
    } else if (status === 0) {
      setState("Chưa lưu", "bad");
      banner(words("serverDown"));
      return false;
    } else {
      setState("Chưa lưu", "bad");
      if (status === 409) banner(words("changedElsewhere"), json.problems && json.problems[0] ? json.problems[0].hint : "");
    }
    if (json.problems) showProblems(form, json.problems);
    if (json.problems) showFigures(form, json.figures || {});
    return status === 200 && json.saved;
  }

  let edits = 0;
  function changed() {
    edits++;
    dirty = true;
    setState("Có thay đổi chưa lưu", "warn");
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  const focusOn = (node) => (node.querySelector("input, textarea, select") || node).focus();
  let marked = null;  // the last text field that takes emphasis: the toolbar's B, I, U act on it
  form.addEventListener("focusin", (event) => { if (takesMarks(event.target)) marked = event.target; });
  const marks = document.querySelector(".marks");
  if (marks) {
    marks.addEventListener("mousedown", (event) => { if (event.target.closest("button")) event.preventDefault(); });
    marks.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-insert-table")) { insertTable(form, marked); return; }
      if (!marked || !marked.isConnected) { markNote(words("marksWhere")); return; }
      marked.focus();
      toggleMark(marked, button.dataset.mark);
    });
  }
  form.addEventListener("input", (event) => {
    if (removed) hideUndo();
    if (event.target.dataset && event.target.dataset.key === "label") renumber(form);  // "Mẫu số 01" as typed
    if (event.target.matches('[data-list="hamlets"] [data-key="name"]')) followRename(form, event.target);
    changed();
  });
  form.addEventListener("paste", onPaste);
  form.addEventListener("change", () => { renumber(form); changed(); });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.add) {
      if (removed) hideUndo();
      const list = button.dataset.into ? button.parentElement.querySelector(`[data-list="${button.dataset.into}"]`)
        : button.previousElementSibling.matches("[data-list]") ? button.previousElementSibling
        : button.parentElement.querySelector(`[data-kind-of="${button.dataset.add}"]`);
      list.append(document.getElementById(`new-${button.dataset.add}`).content.cloneNode(true));
      const added = [...list.children].filter((el) => el.matches("[data-node]")).pop();
      freshIds(form, added);
      focusOn(added);
    } else if (button.hasAttribute("data-add-result")) {
      if (removed) hideUndo();
      const added = addResult(form, button);
      if (!added) return;
      added.querySelector('[data-key="poor_reduced"]').focus();
    } else if (button.dataset.table) {
      if (removed) hideUndo();
      const grid = button.closest("[data-node]").querySelector("[data-cells]");
      const focus = editTable(button);
      if (!focus) return;
      grid.querySelectorAll("tr.col-tools button").forEach((b, i) => b.setAttribute("aria-label", `Xóa cột ${i + 1}`));
      focus.focus();
    } else if (button.dataset.move) {
      if (removed) hideUndo();
      const node = button.closest("[data-node]");
      const sibling = Number(button.dataset.move) < 0 ? node.previousElementSibling : node.nextElementSibling;
      if (sibling && sibling.matches("[data-node]")) {
        Number(button.dataset.move) < 0 ? sibling.before(node) : sibling.after(node);
      }
      button.focus();  // the moved block keeps the focus: press again to move it further
    } else if (button.hasAttribute("data-remove")) {
      const node = button.closest("[data-node]");
      const filled = [...node.querySelectorAll("input[type=text], textarea")].some((el) => el.value.trim());
      if (filled && !window.confirm(document.body.dataset.confirmRemove)) return;
      const also = withHamlet(form, node);  // a hamlet takes its report result row with it
      offerUndo(form, node, node.parentElement, node.nextElementSibling, {also});
      node.remove();
      also.forEach((entry) => entry.node.remove());
    } else if (button.id === "save") {
      save();
      return;
    } else {
      return;
    }
    renumber(form);
    changed();
  });
  const undo = () => {
    if (!removed) return;
    const {node, after} = removed;
    for (const entry of [removed, ...removed.also]) {
      entry.parent.insertBefore(entry.node, entry.next && entry.next.isConnected ? entry.next : null);
    }
    if (after) after();
    hideUndo();
    renumber(form);
    changed();
    focusOn(node);
  };
  document.getElementById("undo-button").addEventListener("click", undo);
  document.addEventListener("keydown", (event) => {
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && key === "s") { event.preventDefault(); save(); }
    const mark = {b: "**", i: "*", u: "__"}[key];
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && mark && takesMarks(event.target)) {
      event.preventDefault();
      toggleMark(event.target, mark);
    }
    // Ctrl+Z in a text field undoes the typing there; elsewhere it puts back the block just removed
    if ((event.ctrlKey || event.metaKey) && key === "z" && removed && !event.target.matches("input[type=text], textarea")) {
      event.preventDefault();
      undo();
    }
  });
  window.addEventListener("beforeunload", (event) => { if (dirty) { keep(form, collect(form, "")); event.preventDefault(); } });

  for (const id of ["build", "excel-form"]) {
    const other = document.getElementById(id);
    if (!other) continue;
    other.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (await save()) { dirty = false; other.submit(); }
    });
  }

  gateConfirms(form);
  showNotes(form);
  const preview = document.getElementById("preview");
  if (preview) preview.addEventListener("toggle", drawPages);
  renumber(form);
  offerKept(form);
  if (dirty) { setState("Có thay đổi chưa lưu", "warn"); banner(words("restored")); }
  check();
  form.dataset.ready = "1";  // every handler is in place (Ctrl+S, B/I/U …)
}

let drawing = 0;  // the last drawing asked for: an older one that answers late is not shown over it

async function drawPages() {
  // the document's pages, drawn again from the file just saved, when the clerk keeps the panel open
  const panel = document.getElementById("preview");
  if (!panel || !panel.open) return;
  const state = document.getElementById("preview-state");
  const mine = ++drawing;
  state.textContent = words("drawing");
  panel.setAttribute("aria-busy", "true");
  try {
    const answer = await (await fetch(panel.dataset.url, {cache: "no-store"})).json();
    if (mine !== drawing) return;
    panel.removeAttribute("aria-busy");
    const images = answer.pages.map((png, i) => {
      const image = document.createElement("img");
      image.src = `data:image/png;base64,${png}`;
      image.alt = `Trang ${i + 1}`;
      return image;
    });
    document.getElementById("preview-pages").replaceChildren(...images);
    state.textContent = answer.problems.length ? answer.problems.map((p) => `${p.where ? p.where + ": " : ""}${p.message}`).join(" ") : "";
  } catch (error) {
    if (mine === drawing) { state.textContent = words("serverDown"); panel.removeAttribute("aria-busy"); }
  }
}

function showNotes(form) {
  // what the Word import interpreted or corrected, at its field, until the plan is first saved
  const holder = document.getElementById("import-notes");
  if (!holder) return;
  collect(form, "");  // gives each field its data-field
  for (const note of JSON.parse(holder.textContent)) {
    const target = fieldElement(form, note.field);
    const box = document.createElement("div");
    box.className = "import-note";
    box.textContent = note.message;
    if (target) placeNote(target, box);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("plan");
  if (form) editor(form);
  // a form sent as a page (the Excel sheet to confirm, a Word plan to bring in) may have been opened before
  // docgen was started again: it takes this start's token first, as the editor's own requests do
  for (const other of document.querySelectorAll("form[data-fresh-token]")) {
    other.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (await freshToken() === OTHER) { banner(words("otherWorkspace")); return; }
      other.submit();
    });
  }
});
