"""The review queue: order, filters, scope, claims with leases, decisions and bulk decisions."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from review.errors import ReviewError
from review.models import Decision, Document, DocumentStatus, ItemState, ReviewItem, User
from review.pipeline import priority_for
from review.queue import QueueFilters, bulk_decide, claim, decide, list_queue, release
from tests.review.review_rows import (
    T0,
    add_document,
    assessment_dict,
    error_code,
    item_of,
)

MANDATORY_ALL = {"regulasi": 2, "sdm": 1, "kecepatan_penciptaan": 3, "kemanfaatan": 2, "video": 1}


def ids(items):
    return [i["document_id"] for i in items]


# Order and filters -------------------------------------------------------------------------------------


def test_priority_orders_least_certain_then_missing_mandatory_then_oldest(session, world):
    """GIVEN items with different confidence, missing ★ indicators and age
    WHEN a reviewer lists the queue
    THEN the least certain comes first, ties go to more missing ★ indicators, then to the older item."""
    sure = add_document(session, world, assessment=assessment_dict(confidence=0.95, found=MANDATORY_ALL))
    unsure = add_document(session, world, assessment=assessment_dict(confidence=0.41, found=MANDATORY_ALL))
    tie_missing = add_document(
        session, world, assessment=assessment_dict(confidence=0.70, found={}), age_minutes=5
    )
    tie_complete_old = add_document(
        session, world, assessment=assessment_dict(confidence=0.70, found=MANDATORY_ALL), age_minutes=1
    )
    tie_complete_new = add_document(
        session, world, assessment=assessment_dict(confidence=0.70, found=MANDATORY_ALL), age_minutes=9
    )
    session.commit()

    items, total = list_queue(session, world.reviewer_a, QueueFilters())

    assert total == 5
    assert ids(items) == [unsure.id, tie_missing.id, tie_complete_old.id, tie_complete_new.id, sure.id]
    assert items[1]["missing_indicators"][:1] == ["regulasi"]
    assert priority_for(0.41, 0) > priority_for(0.70, 5) > priority_for(0.70, 0)


def test_every_filter_narrows_on_the_items_columns(session, world):
    """GIVEN items differing in pemda, unit, labels, missing indicators, confidence and batch
    WHEN the admin lists with one filter at a time
    THEN each filter returns exactly the matching items, with a matching total."""
    kes = add_document(session, world, assessment=assessment_dict(confidence=0.9, found=MANDATORY_ALL))
    pend = add_document(
        session,
        world,
        unit=world.unit_a2,
        assessment=assessment_dict(
            urusan="pendidikan",
            bentuk="tata_kelola",
            jenis="non_digital",
            document_type="regulasi",
            confidence=0.5,
        ),
    )
    other = add_document(session, world, unit=world.unit_b, assessment=assessment_dict(urusan="adminduk"))
    session.commit()

    def only(**kw):
        items, total = list_queue(session, world.admin, QueueFilters(**kw))
        assert total == len(items)
        return set(ids(items))

    assert only() == {kes.id, pend.id, other.id}
    assert only(pemda_id=world.pemda_a.id) == {kes.id, pend.id}
    assert only(unit_id=world.unit_a2.id) == {pend.id}
    assert only(urusan="adminduk") == {other.id}
    assert only(bentuk="tata_kelola") == {pend.id}
    assert only(jenis="non_digital") == {pend.id}
    assert only(document_type="regulasi") == {pend.id}
    assert only(missing_indicator="video") == {pend.id, other.id}
    assert only(missing_indicator="sdm") == {pend.id, other.id}
    assert only(min_confidence=0.6) == {kes.id, other.id}
    assert only(max_confidence=0.6) == {pend.id}
    assert only(min_confidence=0.4, max_confidence=0.55) == {pend.id}
    assert only(batch_id=world.batch_b.id) == {other.id}
    assert only(state="decided") == set()
    assert only(pemda_id=world.pemda_a.id, urusan="pendidikan", missing_indicator="regulasi") == {pend.id}


def test_filters_with_unknown_codes_are_refused_with_a_sentence(session, world):
    """GIVEN a filter with a code that is not in the catalogue
    WHEN the queue is listed
    THEN the refusal is `invalid` and names the bad value, instead of an empty page."""
    with pytest.raises(ReviewError) as caught:
        list_queue(session, world.admin, QueueFilters(urusan="kesehatan_x"))
    assert caught.value.code == "invalid" and "kesehatan_x" in caught.value.message
    assert error_code(list_queue, session, world.admin, QueueFilters(missing_indicator="vidio")) == "invalid"
    assert error_code(list_queue, session, world.admin, QueueFilters(min_confidence=1.5)) == "invalid"
    assert error_code(list_queue, session, world.admin, QueueFilters(state="waiting")) == "invalid"


def test_paging_returns_the_total_and_consecutive_pages(session, world):
    """GIVEN seven items
    WHEN listed three at a time
    THEN the pages hold 3, 3 and 1 distinct items in priority order and each reports the total 7."""
    for n in range(7):
        add_document(session, world, assessment=assessment_dict(confidence=0.3 + n * 0.1))
    session.commit()
    pages = [list_queue(session, world.reviewer_a, QueueFilters(), limit=3, offset=o) for o in (0, 3, 6)]
    assert [len(items) for items, _ in pages] == [3, 3, 1]
    assert {total for _, total in pages} == {7}
    confidences = [i["confidence"] for items, _ in pages for i in items]
    assert confidences == sorted(confidences)


def test_scope_reviewers_see_their_pemda_auditors_read_uploaders_have_no_queue(session, world):
    """GIVEN items in pemda A and pemda B
    WHEN each role lists the queue
    THEN reviewers and auditors see only their pemda's items and an uploader is refused."""
    a = add_document(session, world)
    b = add_document(session, world, unit=world.unit_b)
    session.commit()
    assert ids(list_queue(session, world.reviewer_a, QueueFilters())[0]) == [a.id]
    assert ids(list_queue(session, world.reviewer_b, QueueFilters())[0]) == [b.id]
    assert ids(list_queue(session, world.auditor_a, QueueFilters())[0]) == [a.id]
    assert list_queue(session, world.reviewer_b, QueueFilters(pemda_id=world.pemda_a.id)) == ([], 0)
    assert error_code(list_queue, session, world.uploader_a, QueueFilters()) == "forbidden"


# Claims ----------------------------------------------------------------------------------------------


def test_claim_lease_renewal_and_takeover_after_expiry(session, world):
    """GIVEN an item claimed by reviewer Rina
    WHEN Yusuf claims it during the lease, Rina renews, and Yusuf claims after the lease ran out
    THEN Yusuf is refused with claimed_by_other, Rina's renewal moves the expiry, and the takeover works."""
    document = add_document(session, world)
    session.commit()
    item = item_of(session, document)
    lease = timedelta(minutes=15)

    claimed = claim(session, item.id, world.reviewer_a, now=T0)
    session.commit()
    assert claimed["state"] == "claimed" and claimed["claimed_by"] == world.reviewer_a.id
    assert claimed["claim_expires_at"] == (T0 + lease).isoformat()

    assert error_code(claim, session, item.id, world.reviewer_a2, now=T0 + timedelta(minutes=14)) == (
        "claimed_by_other"
    )
    session.rollback()

    renewed = claim(session, item.id, world.reviewer_a, now=T0 + timedelta(minutes=10))
    session.commit()
    assert renewed["claim_expires_at"] == (T0 + timedelta(minutes=10) + lease).isoformat()
    listed = list_queue(
        session, world.reviewer_a, QueueFilters(state="claimed"), now=T0 + timedelta(minutes=20)
    )
    assert ids(listed[0]) == [document.id]

    later = T0 + timedelta(minutes=26)
    assert (
        list_queue(session, world.reviewer_a, QueueFilters(state="pending"), now=later)[0][0]["state"]
        == "pending"
    )
    taken = claim(session, item.id, world.reviewer_a2, now=later)
    session.commit()
    assert taken["claimed_by"] == world.reviewer_a2.id


def test_scope_on_claims_other_pemda_reviewer_and_auditor_are_refused(session, world):
    """GIVEN an item of pemda A
    WHEN a reviewer of pemda B, the auditor and the uploader of pemda A try to claim it
    THEN the other pemda's reviewer does not find it, and the auditor and uploader are forbidden."""
    item = item_of(session, add_document(session, world))
    session.commit()
    assert error_code(claim, session, item.id, world.reviewer_b) == "not_found"
    assert error_code(claim, session, item.id, world.auditor_a) == "forbidden"
    assert error_code(claim, session, item.id, world.uploader_a) == "forbidden"
    assert error_code(claim, session, 999_999, world.admin) == "not_found"
    assert claim(session, item.id, world.admin)["claimed_by"] == world.admin.id


def test_release_returns_the_item_only_the_holder_may(session, world):
    """GIVEN an item claimed by Rina
    WHEN Yusuf releases it, then Rina does
    THEN Yusuf is refused and Rina's release makes it pending and free."""
    item = item_of(session, add_document(session, world))
    claim(session, item.id, world.reviewer_a, now=T0)
    session.commit()
    assert error_code(release, session, item.id, world.reviewer_a2, now=T0) == "claimed_by_other"
    released = release(session, item.id, world.reviewer_a, now=T0)
    session.commit()
    assert released["state"] == "pending" and released["claimed_by"] is None
    assert claim(session, item.id, world.reviewer_a2, now=T0)["claimed_by"] == world.reviewer_a2.id


# Decisions -------------------------------------------------------------------------------------------


def test_decide_needs_a_live_claim_of_ones_own(session, world):
    """GIVEN an unclaimed item, then one claimed by Rina
    WHEN decisions come without a claim, from Yusuf, from the auditor and from Rina after her lease
    THEN they are refused with not_claimed, claimed_by_other, forbidden and claim_expired."""
    item = item_of(session, add_document(session, world))
    session.commit()
    assert error_code(decide, session, item.id, world.reviewer_a, action="accept", now=T0) == "not_claimed"
    claim(session, item.id, world.reviewer_a, now=T0)
    session.commit()
    assert (
        error_code(decide, session, item.id, world.reviewer_a2, action="accept", now=T0) == "claimed_by_other"
    )
    assert error_code(decide, session, item.id, world.auditor_a, action="accept", now=T0) == "forbidden"
    late = T0 + timedelta(minutes=15, seconds=1)
    assert (
        error_code(decide, session, item.id, world.reviewer_a, action="accept", now=late) == "claim_expired"
    )
    assert session.scalar(select(func.count()).select_from(Decision)) == 0


def test_accept_keeps_labels_and_records_the_decision(session, world):
    """GIVEN an item claimed by Rina
    WHEN she accepts it
    THEN one Decision holds the same labels and indicators before and after, and the item and the
    document are decided; deciding again is already_decided."""
    document = add_document(session, world, assessment=assessment_dict(found={"regulasi": 2}))
    item = item_of(session, document)
    claim(session, item.id, world.reviewer_a, now=T0)
    decision = decide(session, item.id, world.reviewer_a, action="accept", comment="sesuai", now=T0)
    session.commit()

    assert decision["action"] == "accept" and decision["comment"] == "sesuai"
    assert decision["labels_before"] == decision["labels_after"]
    assert decision["labels_after"]["urusan"] == "kesehatan"
    assert decision["indicators_after"] == decision["indicators_before"]
    assert {"code": "regulasi", "found": True, "level": 2} in decision["indicators_after"]
    session.expire_all()
    assert item_of(session, document).state is ItemState.decided
    assert session.get(Document, document.id).status is DocumentStatus.decided
    assert (
        error_code(decide, session, item.id, world.reviewer_a, action="accept", now=T0) == "already_decided"
    )
    assert error_code(claim, session, item.id, world.reviewer_a, now=T0) == "already_decided"


def test_correct_writes_new_labels_and_indicators(session, world):
    """GIVEN an item labelled kesehatan with no evidence for video
    WHEN Rina corrects urusan to desa and marks video found at level 2 and regulasi absent
    THEN the decision has both before and after, the item's labels and filter columns follow, and the
    corrected item is found by the new urusan."""
    document = add_document(session, world, assessment=assessment_dict(found={"regulasi": 2, "sdm": 1}))
    item = item_of(session, document)
    claim(session, item.id, world.reviewer_a, now=T0)
    decision = decide(
        session,
        item.id,
        world.reviewer_a,
        action="correct",
        labels={"urusan": "desa", "urusan_also": ["kesehatan"]},
        indicators={"video": 2, "regulasi": 0},
        now=T0,
    )
    session.commit()

    assert decision["labels_before"]["urusan"] == "kesehatan"
    assert decision["labels_after"]["urusan"] == "desa"
    assert decision["labels_after"]["urusan_also"] == ["kesehatan"]
    after = {i["code"]: i for i in decision["indicators_after"]}
    assert after["video"] == {"code": "video", "found": True, "level": 2, "corrected": True}
    assert after["regulasi"]["found"] is False and after["regulasi"]["corrected"] is True
    assert after["sdm"] == {"code": "sdm", "found": True, "level": 1}
    session.expire_all()
    stored = item_of(session, document)
    assert stored.urusan == "desa" and stored.labels["urusan"] == "desa"
    assert "video" not in stored.missing_indicators and "regulasi" in stored.missing_indicators
    assert ids(list_queue(session, world.reviewer_a, QueueFilters(urusan="desa", state="all"))[0]) == [
        document.id
    ]


@pytest.mark.parametrize(
    ("labels", "indicators", "needle"),
    [
        ({"urusan": "kesehatan_x"}, None, "kesehatan_x"),
        ({"warna": "merah"}, None, "warna"),
        ({"document_type": None}, None, "lainnya"),
        (None, {"vidio": 2}, "vidio"),
        (None, {"video": 4}, "1, 2 or 3"),
        (None, [{"code": "video", "found": "ya"}], "true or false"),
        (None, None, "needs new labels"),
    ],
)
def test_invalid_corrections_are_refused_with_a_clear_sentence(session, world, labels, indicators, needle):
    """GIVEN a claimed item
    WHEN a correction names an unknown field, code, indicator or level (or changes nothing)
    THEN it is refused as `invalid` with a sentence naming the problem, and nothing is written."""
    item = item_of(session, add_document(session, world))
    claim(session, item.id, world.reviewer_a, now=T0)
    session.commit()
    with pytest.raises(ReviewError) as caught:
        decide(
            session, item.id, world.reviewer_a, action="correct", labels=labels, indicators=indicators, now=T0
        )
    assert caught.value.code == "invalid"
    assert needle in caught.value.message
    assert session.scalar(select(func.count()).select_from(Decision)) == 0
    assert error_code(decide, session, item.id, world.reviewer_a, action="approve", now=T0) == "invalid"


def test_reject_marks_the_document_rejected(session, world):
    """GIVEN a claimed item
    WHEN the reviewer rejects it
    THEN the decision says reject, the item is decided and the document is rejected."""
    document = add_document(session, world)
    item = item_of(session, document)
    claim(session, item.id, world.reviewer_a, now=T0)
    decision = decide(session, item.id, world.reviewer_a, action="reject", comment="bukan inovasi", now=T0)
    session.commit()
    assert decision["action"] == "reject"
    session.expire_all()
    assert session.get(Document, document.id).status is DocumentStatus.rejected
    assert item_of(session, document).state is ItemState.decided


def test_two_sessions_deciding_the_same_item_exactly_one_wins(ctx, session, world):
    """GIVEN an item claimed by Rina, open in two sessions (two browser tabs) that both read it
    WHEN the first decides and commits, then the second decides from what it read
    THEN the second is refused with conflict (the version column changed) and one Decision exists."""
    item_id = item_of(session, add_document(session, world)).id
    claim(session, item_id, world.reviewer_a, now=T0)
    session.commit()
    with ctx.sessions() as first, ctx.sessions() as second:
        rina1, rina2 = first.get(User, world.reviewer_a.id), second.get(User, world.reviewer_a.id)
        # Hold both reads: the identity map keeps objects only while something refers to them.
        read1, read2 = first.get(ReviewItem, item_id), second.get(ReviewItem, item_id)
        assert read1.version == read2.version
        decide(first, item_id, rina1, action="accept", now=T0)
        first.commit()
        code = error_code(decide, second, item_id, rina2, action="correct", labels={"urusan": "desa"}, now=T0)
        second.rollback()
    assert code == "conflict"
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Decision)) == 1
    assert item_of(session, session.get(Document, session.get(ReviewItem, item_id).document_id)).urusan == (
        "kesehatan"
    )


def test_two_threads_deciding_at_once_exactly_one_wins(ctx, session, world):
    """GIVEN an item claimed by Rina
    WHEN two threads, each with its own session, decide it at the same moment
    THEN one decision is written and the other thread gets conflict or already_decided."""
    item_id = item_of(session, add_document(session, world)).id
    claim(session, item_id, world.reviewer_a, now=T0)
    session.commit()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(action: str) -> None:
        with ctx.sessions() as s:
            rina = s.get(User, world.reviewer_a.id)
            read = s.get(ReviewItem, item_id)
            assert read.state is ItemState.claimed
            barrier.wait()
            try:
                decide(s, item_id, rina, action=action, now=T0)
                s.commit()
                outcomes.append("won")
            except ReviewError as exc:
                s.rollback()
                outcomes.append(exc.code)

    threads = [threading.Thread(target=attempt, args=(a,)) for a in ("accept", "reject")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes)[-1] == "won" and outcomes.count("won") == 1
    assert set(outcomes) - {"won"} <= {"conflict", "already_decided"}
    assert session.scalar(select(func.count()).select_from(Decision)) == 1


def test_claim_against_a_stale_read_is_a_conflict(ctx, session, world):
    """GIVEN two reviewers whose sessions both read the pending item
    WHEN Yusuf claims and commits first, then Rina claims from her stale read
    THEN Rina gets conflict rather than silently taking Yusuf's claim."""
    item_id = item_of(session, add_document(session, world)).id
    session.commit()
    with ctx.sessions() as rina_s, ctx.sessions() as yusuf_s:
        stale = rina_s.get(ReviewItem, item_id)
        assert stale.state is ItemState.pending
        claim(yusuf_s, item_id, yusuf_s.get(User, world.reviewer_a2.id), now=T0)
        yusuf_s.commit()
        assert error_code(claim, rina_s, item_id, rina_s.get(User, world.reviewer_a.id), now=T0) == "conflict"
        rina_s.rollback()
        del stale
        # With a fresh read she sees the live claim.
        assert error_code(claim, rina_s, item_id, rina_s.get(User, world.reviewer_a.id), now=T0) == (
            "claimed_by_other"
        )


# Bulk ------------------------------------------------------------------------------------------------


def test_bulk_accept_decides_free_and_own_items_once_each(session, world):
    """GIVEN five kesehatan items of pemda A (one claimed by Yusuf, one by Rina, one with Yusuf's lapsed
    claim, one already decided) and one pendidikan item
    WHEN Rina bulk-accepts urusan=kesehatan
    THEN the free, own and lapsed ones are decided with one Decision each; Yusuf's live claim, the decided
    item and the other urusan are untouched; a second run decides nothing."""
    docs = [add_document(session, world) for _ in range(5)]
    other = add_document(session, world, unit=world.unit_a2, assessment=assessment_dict(urusan="pendidikan"))
    items = [item_of(session, d) for d in docs]
    now = T0 + timedelta(minutes=30)
    claim(session, items[1].id, world.reviewer_a2, now=now)  # Yusuf, live
    claim(session, items[2].id, world.reviewer_a, now=now)  # Rina's own
    claim(session, items[3].id, world.reviewer_a2, now=T0)  # Yusuf, lapsed by `now`
    claim(session, items[4].id, world.reviewer_a, now=now)
    decide(session, items[4].id, world.reviewer_a, action="accept", now=now)
    session.commit()

    count = bulk_decide(session, world.reviewer_a, QueueFilters(urusan="kesehatan"), action="accept", now=now)
    session.commit()

    assert count == 3
    session.expire_all()
    decided = {
        d.document_id
        for d in session.scalars(select(Decision).where(Decision.reviewer_id == world.reviewer_a.id))
    }
    assert decided == {docs[0].id, docs[2].id, docs[3].id, docs[4].id}
    assert session.scalar(select(func.count()).select_from(Decision)) == 4
    assert item_of(session, docs[1]).state is ItemState.claimed
    assert item_of(session, other).state is ItemState.pending
    assert session.get(Document, docs[0].id).status is DocumentStatus.decided
    assert (
        bulk_decide(session, world.reviewer_a, QueueFilters(urusan="kesehatan"), action="accept", now=now)
        == 0
    )


def test_bulk_decide_respects_scope_and_roles(session, world):
    """GIVEN items in pemda A and B
    WHEN reviewer B bulk-rejects everything, the auditor tries, and a bulk correction is asked for
    THEN only pemda B's item is rejected, the auditor is forbidden and correct is invalid."""
    a = add_document(session, world)
    b = add_document(session, world, unit=world.unit_b)
    session.commit()
    assert bulk_decide(session, world.reviewer_b, QueueFilters(), action="reject") == 1
    session.commit()
    session.expire_all()
    assert session.get(Document, b.id).status is DocumentStatus.rejected
    assert session.get(Document, a.id).status is DocumentStatus.queued
    assert error_code(bulk_decide, session, world.auditor_a, QueueFilters(), action="accept") == "forbidden"
    assert error_code(bulk_decide, session, world.reviewer_a, QueueFilters(), action="correct") == "invalid"
