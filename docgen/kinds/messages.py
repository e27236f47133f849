"""Messages of the kinds (issue 17), in the words of a commune clerk."""

KIND_UNKNOWN = "docgen chưa có bố cục cho loại văn bản «{kind}»."
KIND_UNKNOWN_HINT = "Ghi kind là một trong: {kinds} (Nghị định 30, Phụ lục I)."
CODE_MISMATCH = "Văn bản loại «{kind}» viết tắt là «{expected}» (Nghị định 30, Phụ lục III), không phải «{code}»."
CODE_MISMATCH_HINT = "Ghi code = \"{expected}\"."
LETTER_CODE_HINT = ("Công văn không có tên loại: code là chữ viết tắt đơn vị soạn thảo, in sau tên cơ quan "
                    "(Số: 12/UBND-VP). Ghi code = \"VP\" hoặc tên đơn vị soạn.")
CLOSING_MISSING = "Thiếu mục bắt buộc: văn bản loại «{kind}» cần đoạn kết (closing)."
CLOSING_MISSING_HINT = "Ghi closing = \"Trên đây là …\"; docgen tự thêm \"./.\"."
CLOSING_IN_DECISION = "Quyết định kết thúc ở điều cuối, không có đoạn kết (closing)."
CLOSING_IN_DECISION_HINT = "Xóa dòng closing; nội dung đó đưa vào điều cuối [[decision.articles]]."
DECISION_MISSING = "Quyết định cần phần [decision]: dòng thẩm quyền, đề nghị và các điều."
DECISION_MISSING_HINT = ("Thêm [decision] với authority = [\"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …\"], proposal = \"công "
                         "chức …\" và các điều [[decision.articles]].")
DECISION_ELSEWHERE = "Phần [decision] chỉ dùng cho Quyết định; văn bản này là «{kind}»."
DECISION_ELSEWHERE_HINT = "Xóa phần [decision], hoặc ghi kind = \"Quyết định\"."
DECISION_BODY = "Nội dung của Quyết định là các điều [[decision.articles]], không dùng {field}."
DECISION_BODY_HINT = "Chuyển nội dung vào các điều của [decision]."
ADDRESSEES_MISSING = "Văn bản loại «{kind}» cần nơi «Kính gửi» (addressees)."
ADDRESSEES_MISSING_HINT = "Ghi addressees = [\"Ủy ban nhân dân thành phố Thái Nguyên\"] (một hoặc nhiều nơi)."
ADDRESSEES_ELSEWHERE = "«Kính gửi» chỉ in ở Tờ trình và Công văn; văn bản «{kind}» không in dòng này."
ADDRESSEES_ELSEWHERE_HINT = "Xóa dòng addressees; nơi nhận ghi ở [recipients]."
NEW_KIND_UNKNOWN = "docgen new chưa soạn được loại «{kind}» từ một kế hoạch; chọn một trong: {kinds}."
NEW_KIND_MADE = "Đã tạo {path} ({kind}, dự thảo). Còn {count} mục cần kiểm tra (danh sách confirm ở đầu tệp)."
RESULTS_ELSEWHERE = "Kết quả từng xóm [[results]] chỉ dùng trong Báo cáo; văn bản này là «{kind}»."
RESULTS_ELSEWHERE_HINT = "Xóa các [[results]], hoặc ghi kind = \"Báo cáo\"."
RESULTS_COUNT = "Có {hamlets} xóm nhưng {results} dòng kết quả [[results]]: mỗi xóm một dòng, cùng thứ tự."
RESULTS_COUNT_HINT = "Thêm hoặc bớt [[results]] cho khớp với [[hamlets]]."
RESULT_HAMLET = "Dòng kết quả thứ {index} ghi xóm «{found}», nhưng xóm thứ {index} trong [[hamlets]] là «{expected}»."
RESULT_HAMLET_HINT = "Sửa hamlet = \"{expected}\", hoặc sắp lại các dòng kết quả theo thứ tự các xóm."
# docgen import of a report's results from Excel (docgen/kinds/results_import.py)
RESULTS_SHEET = "trang tính «{sheet}»"
RESULTS_ROW = "trang tính «{sheet}», dòng {row}"
RESULTS_CELL = "trang tính «{sheet}», ô {cell}"
RESULTS_NO_SHEET = "Tệp Excel không có trang kết quả nào: cần cột tên xóm và cột «Thực hiện giảm» (và «Phát sinh mới»)."
RESULTS_NO_SHEET_HINT = ("Dùng tệp do docgen build --xlsx ghi cho báo cáo này (trang «Kết quả hộ nghèo», «Kết quả hộ "
                         "cận nghèo»), điền hai cột đó rồi nhập lại.")
RESULTS_NO_GROUP = ("Không biết trang này là kết quả hộ nghèo hay hộ cận nghèo: ghi «hộ nghèo» hoặc «hộ cận nghèo» "
                    "trong tên trang hoặc dòng tiêu đề.")
RESULTS_UNKNOWN_HAMLET = "Xóm «{name}» không có trong báo cáo."
RESULTS_MISSING_HAMLETS = "Thiếu kết quả của: {names}."
RESULTS_BAD_CELL = "«{value}» không phải số hộ (số nguyên từ 0 trở lên)."
RESULTS_CHANGED = "{hamlet}: {what} {before} → {after}"
RESULTS_FIELDS = {"poor_reduced": "hộ nghèo đã thoát nghèo", "poor_new": "hộ nghèo phát sinh mới",
                  "near_poor_reduced": "hộ cận nghèo đã thoát cận nghèo", "near_poor_new": "hộ cận nghèo phát sinh mới"}
RESULTS_DONE = "Đã ghi {count} kết quả vào {plan}; docgen build tính đạt hay không đạt, số hộ và tỷ lệ cuối năm."
RESULTS_DRY_RUN = "Sẽ ghi {count} kết quả vào {plan} (chưa ghi: --dry-run)."
RESULTS_NOTHING = "Kết quả trong tệp Excel đã giống báo cáo: không có gì thay đổi."
RESULTS_CONFIRMED = ("Kết quả trong tệp Excel giống báo cáo; đã xóa «results» khỏi confirm của {plan}: kết quả các xóm "
                     "coi như đã điền.")
# build --xlsx of a report whose results are still to fill: the sheet the clerk fills (docgen/build.py)
RESULTS_TO_FILL_NOTE = ("CHƯA ĐIỀN KẾT QUẢ: ghi số hộ «Thực hiện giảm» và «Phát sinh mới» của từng xóm (ô trống là 0), "
                        "lưu tệp, rồi chạy: docgen import {plan} {sheet} — docgen tính số cuối năm, tỷ lệ và đánh giá.")
RESULTS_TO_FILL_WRITTEN = ("Đã ghi {sheet}: bảng để điền kết quả của từng xóm (kết quả chưa điền nên chưa tạo báo "
                           "cáo). Điền «Thực hiện giảm», «Phát sinh mới», lưu, rồi chạy: docgen import {plan} {sheet}; "
                           "sau đó docgen build {plan}.")
RESULT_TOO_MANY = ("Xóm {hamlet} ghi giảm {reduced} {words}, nhưng xóm chỉ có {start} {words} đầu năm và {new} phát "
                   "sinh mới: số giảm không thể lớn hơn số hộ đó.")
RESULT_TOO_MANY_HINT = "Kiểm tra lại số hộ đã thoát của xóm này (hoặc số phát sinh mới)."
NEW_FROM_REPORT_MISMATCH = ("Báo cáo này không phải báo cáo kết quả năm {year} của kế hoạch: cần cùng năm, cùng các "
                            "xóm theo cùng thứ tự, và kết quả [[results]] của từng xóm.")
NEW_FROM_REPORT_MISMATCH_HINT = "Dùng báo cáo soạn bằng docgen new --kind bao-cao từ chính kế hoạch này."
NEW_FROM_A_REPORT = "Đây là báo cáo kết quả, không phải kế hoạch: kế hoạch năm sau soạn từ kế hoạch năm nay."
NEW_FROM_A_REPORT_HINT = ("docgen new KH-NAM-SAU.toml --from KE-HOACH.toml --results BAO-CAO.toml: các xóm bắt đầu từ "
                          "số hộ cuối năm theo kết quả của báo cáo.")
