// docgen's editor: read the form back into plan data, ask the server to check it as the clerk types,
// show each problem at its field, and keep the numbering of the outline as docgen will print it.
// The server does every check and every figure: this file only moves data and shows answers.
"use strict";

const token = () => document.querySelector('meta[name="docgen-token"]').content;

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: {"Content-Type": "application/json", "X-Docgen-Token": token()},
    body: JSON.stringify(body),
  });
  if (response.status === 403) banner(document.body.dataset.staleToken);
  return {status: response.status, json: await response.json().catch(() => ({}))};
}

function banner(text, hint) {
  // a message that stays until the page is reloaded: the page can no longer save what is typed
  const box = document.getElementById("banner");
  box.hidden = false;
  box.textContent = hint ? `${text} → ${hint}` : text;
}

// ---- form → data -------------------------------------------------------------------------------

function own(node, selector) {
  // the elements matching selector whose nearest data-node is node itself (not a nested entry)
  return [...node.querySelectorAll(selector)].filter((el) => el.parentElement.closest("[data-node]") === node);
}

function readField(input) {
  const value = input.type === "checkbox" ? input.checked : input.value;
  const lines = () => value.split("\n").map((l) => l.trim()).filter(Boolean);
  switch (input.dataset.kind) {
    case "bool": return value ? null : false;  // true is the default: the file keeps it unsaid
    case "int": return value.trim() === "" ? null : (/^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim());
    case "decimal": return value.trim() === "" ? null : value.trim().replace(",", ".");
    case "lines": return lines().length ? lines() : null;
    case "csv": { const items = value.split(",").map((s) => s.trim()).filter(Boolean); return items.length ? items : null; }
    case "bullets": return bulletsOf(lines());
    case "text-or-empty": return value;
    default: return value.trim() === "" ? null : value.trim();
  }
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

function collect(node, path) {
  const data = {};
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
  for (const list of own(node, "[data-list]")) {
    const key = list.dataset.list;
    list.dataset.field = path ? `${path}.${key}` : key;
    const items = [...list.children].filter((el) => el.matches("[data-node]"));
    items.forEach((el, i) => { el.dataset.field = `${path ? path + "." : ""}${key}[${i + 1}]`; });
    const values = items.map((el) => collect(el, el.dataset.field));
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
  appendices.forEach((a, i) => label(a, appendices.length === 1 ? "" : roman(i + 1)));
}

// ---- undoing the last removal -----------------------------------------------------------------

let removed = null;  // the entry last removed, and where it stood: put back by "Hoàn tác" until the next one

function offerUndo(form, node, parent, next) {
  removed = {node, parent, next};
  const bar = document.getElementById("undo");
  const number = node.querySelector(":scope > .node-head .number, :scope > .number, .number");
  const field = [...node.querySelectorAll("input[type=text], textarea")].find((el) => el.value.trim());
  const words = field ? field.value.trim().split("\n")[0] : "";
  const shown = words.length > 40 ? `${words.slice(0, 40)}…` : words;
  document.getElementById("undo-text").textContent =
    `Đã xóa ${number && number.textContent.trim() ? number.textContent.trim() + " " : ""}${shown ? `«${shown}»` : "một mục"}.`;
  bar.hidden = false;
  clearTimeout(bar.timer);
  bar.timer = setTimeout(hideUndo, 20000);
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
  const errors = problems.filter((p) => !p.confirm), unconfirmed = problems.filter((p) => p.confirm);
  summary.classList.toggle("only-confirm", errors.length === 0);
  for (const [group, words] of [[errors, `Còn ${errors.length} lỗi cần sửa:`],
                                [unconfirmed, `Còn ${unconfirmed.length} mục cần xác nhận (đánh dấu ở khung «Cần xác nhận» phía trên):`]]) {
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
    note.className = problem.confirm ? "problem to-confirm" : "problem";
    note.textContent = problem.message + (problem.hint ? ` → ${problem.hint}` : "");
    const line = document.createElement("div");
    line.className = problem.confirm ? "problem-line to-confirm" : "problem-line";
    line.textContent = problem.where ? `${problem.where}: ${problem.message}` : problem.message;
    summary.append(line);
    if (target) {
      target.classList.add(problem.confirm ? "confirm-pending" : "has-problem");
      if (target.matches("fieldset")) target.querySelector("legend").after(note);
      else (target.closest("table") ? target.closest("table").parentElement : (target.closest("label") || target)).after(note);
      line.addEventListener("click", () => target.scrollIntoView({block: "center"}));
    }
  }
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
  if (!figures.hamlets) figures = {hamlets: [], totals: {}};  // wrong input: no stale figures beside it
  const rows = [...form.querySelectorAll('[data-list="hamlets"] > [data-node]')];
  rows.forEach((row, i) => {
    for (const cell of row.querySelectorAll("[data-figure]")) cell.textContent = (figures.hamlets[i] || {})[cell.dataset.figure] || "";
  });
  for (const cell of form.querySelectorAll("[data-total]")) cell.textContent = figures.totals[cell.dataset.total] || "";
}

// ---- the editor --------------------------------------------------------------------------------

function editor(form) {
  let timer = null;
  let dirty = false;
  const state = document.getElementById("save-state");
  const setState = (text, kind) => { state.textContent = text; state.className = kind || "muted"; };

  async function check() {
    const {json} = await post(form.dataset.checkUrl, {data: collect(form, "")});
    showProblems(form, json.problems || []);
    showFigures(form, json.figures || {});
  }

  async function save() {
    const {status, json} = await post(form.dataset.saveUrl, {data: collect(form, ""), digest: form.dataset.digest});
    if (json.saved) {
      form.dataset.digest = json.digest;
      dirty = false;
      setState("Đã lưu", "ok");
    } else {
      setState("Chưa lưu", "bad");
      if (status === 409 && json.problems && json.problems.length) banner(json.problems[0].message, json.problems[0].hint);
    }
    showProblems(form, json.problems || []);
    showFigures(form, json.figures || {});
    return status === 200 && json.saved;
  }

  function changed() {
    dirty = true;
    setState("Có thay đổi chưa lưu", "warn");
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", () => { renumber(form); changed(); });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.add) {
      const list = button.previousElementSibling.matches("[data-list]") ? button.previousElementSibling
        : button.parentElement.querySelector(`[data-kind-of="${button.dataset.add}"]`);
      list.append(document.getElementById(`new-${button.dataset.add}`).content.cloneNode(true));
      const added = [...list.children].filter((el) => el.matches("[data-node]")).pop();
      (added.querySelector("input, textarea") || added).focus();
    } else if (button.dataset.move) {
      const node = button.closest("[data-node]");
      const sibling = Number(button.dataset.move) < 0 ? node.previousElementSibling : node.nextElementSibling;
      if (sibling && sibling.matches("[data-node]")) {
        Number(button.dataset.move) < 0 ? sibling.before(node) : sibling.after(node);
      }
    } else if (button.hasAttribute("data-remove")) {
      const node = button.closest("[data-node]");
      const filled = [...node.querySelectorAll("input[type=text], textarea")].some((el) => el.value.trim());
      if (filled && !window.confirm(document.body.dataset.confirmRemove)) return;
      offerUndo(form, node, node.parentElement, node.nextElementSibling);
      node.remove();
    } else if (button.id === "save") {
      save();
      return;
    } else {
      return;
    }
    renumber(form);
    changed();
  });
  document.getElementById("undo-button").addEventListener("click", () => {
    if (!removed) return;
    removed.parent.insertBefore(removed.node, removed.next && removed.next.isConnected ? removed.next : null);
    hideUndo();
    renumber(form);
    changed();
  });
  window.addEventListener("beforeunload", (event) => { if (dirty) event.preventDefault(); });

  const build = document.getElementById("build");
  build.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await save()) { dirty = false; build.submit(); }
  });

  renumber(form);
  check();
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("plan");
  if (form) editor(form);
});
