"""Searching as people type: "critica" finds "crítica", "tenia" finds "tenía", whichever
way the words were typed or composed, in every search box (one folding: list_words.fold)."""

from __future__ import annotations

from footholds.core.list_words import fold
from footholds.core.store import LogEntry, Proof
from footholds.ui.journal import journal_model
from footholds.ui.proofs import proof_items


def test_the_journal_finds_accented_words_typed_without_accents() -> None:
    entry = LogEntry(note="Hoy escuché la voz crítica otra vez")
    for typed in ("critica", "CRITICA", "crítica", "escuche la voz"):
        assert journal_model.matches(entry, fold(typed)), typed
    assert not journal_model.matches(entry, fold("amable"))


def test_the_proof_list_finds_accented_words_typed_without_accents() -> None:
    proof = Proof(day="2026-03-02", text="Salí aunque no tenía ganas", tags=["caminé"])
    for typed in ("tenia", "TENÍA ganas", "sali", "camine", "2026-03"):
        assert proof_items.matches(proof, typed), typed
    assert not proof_items.matches(proof, "tenia miedo")


def test_accents_typed_find_words_written_without_them() -> None:
    assert proof_items.matches(Proof(day="2026-03-02", text="no tenia ganas"), "tenía")
    assert journal_model.matches(LogEntry(note="la voz critica"), fold("crítica"))
