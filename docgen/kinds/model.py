"""The parts of the plan file that belong to one kind only: a decision's articles, the addressees "Kính gửi".

Kept apart from docgen/plan/model.py (which holds what every kind shares) and imported by it.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Clause(_Strict):
    """Khoản 1., 2. … của một điều; docgen tự đánh số."""

    text: list[Text] = Field(min_length=1, description="Đoạn đầu in ngay sau số; các đoạn sau xuống dòng.")
    points: list[Annotated[list[Text], Field(min_length=1)]] = Field(
        default=[], description="Các điểm a), b) … của khoản, mỗi điểm một danh sách đoạn (ít nhất một); docgen tự "
                                "đánh chữ cái.")


class Article(_Strict):
    """Điều 1., Điều 2. …: docgen in đậm "Điều n." rồi nội dung của điều."""

    text: list[Text] = Field(default=[], description="Đoạn đầu in ngay sau \"Điều n.\"; các đoạn sau xuống dòng.")
    clauses: list[Clause] = Field(default=[], description="Các khoản [[decision.articles.clauses]] của điều.")


class Decision(_Strict):
    """Phần riêng của một Quyết định (cá biệt): dòng thẩm quyền, đề nghị, các điều (Nghị định 30, Phụ lục I)."""

    authority: list[Text] = Field(min_length=1, description="Dòng thẩm quyền ban hành in hoa, đậm, dưới trích "
                                                            "yếu: [\"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC\"] hoặc "
                                                            "[\"ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC\"].")
    proposal: Text = Field(description="Người đề nghị, in sau các căn cứ: \"Theo đề nghị của công chức Văn hóa - "
                                       "Xã hội xã\" (docgen thêm \"Theo đề nghị của\" nếu chưa có).")
    articles: list[Article] = Field(min_length=2, description="Các điều [[decision.articles]]; điều cuối giao "
                                                              "tổ chức thực hiện (nơi nhận in \"Như Điều n;\").")


Count = Annotated[int, Field(ge=0, le=9_999_999, strict=True)]


class Result(_Strict):
    """Kết quả cuối năm của một xóm (Báo cáo): số hộ thực tế đã thoát, phát sinh mới. docgen tính đạt hay không
    đạt so với chỉ tiêu của kế hoạch, số hộ và tỷ lệ cuối năm."""

    hamlet: Text = Field(description="Tên xóm, đúng như trong [[hamlets]], cùng thứ tự.")
    poor_reduced: Count = Field(description="Số hộ nghèo đã thoát nghèo trong năm.")
    poor_new: Count = Field(default=0, description="Số hộ nghèo phát sinh mới trong năm.")
    near_poor_reduced: Count = Field(description="Số hộ cận nghèo đã thoát cận nghèo trong năm.")
    near_poor_new: Count = Field(default=0, description="Số hộ cận nghèo phát sinh mới trong năm.")
