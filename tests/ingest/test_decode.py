"""Tests of byte decoding: BOMs, declared charsets, UTF-8 and detection."""
from __future__ import annotations

import codecs

import pytest

from greatgame.ingest.decode import (charset_from_content_type, decode, html_declared_charset,
                                     implausibility)

RU = ("Президент Казахстана провёл в Астане переговоры с министром иностранных дел Узбекистана. "
      "Стороны обсудили строительство нового газопровода, транзит зерна и водные ресурсы региона.")
FR = ("Le président kazakh a rencontré à Genève les délégués français ; l'été dernier, déjà, "
      "les négociations sur l'énergie avaient échoué. Où en est-on aujourd'hui ? Ça reste à voir.")
DE = ("Die Bundesregierung äußerte sich über die Größe der geplanten Gasleitung nach Süden. "
      "Außenminister und Wirtschaftsvertreter prüfen, ob Usbekistan künftig mehr Öl liefert.")


@pytest.mark.parametrize("text, codec", [(RU, "cp1251"), (RU, "koi8-r"), (FR, "latin-1"),
                                         (DE, "latin-1"), (DE, "cp1252"), (RU, "utf-8")])
def test_undeclared_legacy_encodings_detected(text, codec):
    assert decode(text.encode(codec)) == text


def test_declared_charset_used():
    assert decode(RU.encode("cp1251"), "windows-1251") == RU
    assert decode(FR.encode("latin-1"), "ISO-8859-1") == FR


def test_mislabelled_utf8_page_still_utf8():
    assert decode(RU.encode("utf-8"), "iso-8859-1") == RU


def test_wrong_declared_label_falls_back_to_detection():
    # bytes that are not valid in the declared multi-byte charset
    assert decode(DE.encode("latin-1"), "utf-8") == DE


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (b"", "utf-16"),
                                         (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    assert decode(bom + RU.encode(codec)) == RU


def test_helpers_read_declarations():
    assert charset_from_content_type("text/html; charset=Windows-1251") == "cp1251"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type("text/html; charset=bogus-xyz") is None
    assert html_declared_charset(b'<html><head><meta charset="koi8-r">') == "koi8-r"
    assert html_declared_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">') == "cp1252"
    assert html_declared_charset(b"<html><head><title>x</title>") is None


def test_implausibility_flags_mojibake():
    assert implausibility(RU) == 0.0
    assert implausibility(RU.encode("cp1251").decode("cp1252", "replace")) > 0.5
    assert implausibility(RU.encode("utf-8").decode("cp1251", "replace")) > 0.5
