"""The pages in a real browser, in the order a season's work goes: a unit uploads a ZIP of the sample
documents, a reviewer triages the queue by keyboard and corrects a label, the innovation's dossier shows
its indicator grid and exports XLSX, an auditor exports completeness, the model page shows the waiting
corrections. The tests share one server and run in file order; each opens its own browser context."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.conftest import SAMPLES
from tests.web.conftest import LiveServer, login, screenshot

PROCESSING_TIMEOUT_S = 300.0
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.name != "README.md")


def sample_zip(target: Path) -> Path:
    """All sample documents, plus a byte-identical copy of the proposal to show up as a duplicate."""
    with zipfile.ZipFile(target, "w") as archive:
        for path in SAMPLE_FILES:
            archive.write(path, path.name)
        archive.write(SAMPLES / "proposal-si-pandai.pdf", "salinan/proposal-si-pandai-salinan.pdf")
    return target


@pytest.fixture(scope="module")
def processed_batch(browser, live_server: LiveServer, tmp_path_factory) -> str:
    """Uploads the ZIP through the page (drag-and-drop script path: XMLHttpRequest with progress) and
    waits on the batch page until every file has finished processing. Returns the batch page's path."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 720})
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        login(page, "uploader", live_server)
        expect(page).to_have_url(re.compile(r"/unggah$"))
        archive = sample_zip(tmp_path_factory.mktemp("upload") / "dokumen-si-pandai.zip")
        page.get_by_label("Berkas", exact=True).set_input_files(str(archive))
        expect(page.locator("#file-list li")).to_have_count(1)
        screenshot(page, "upload")
        page.get_by_role("button", name="Unggah").click()
        page.wait_for_url(re.compile(r"/unggah/batch/\d+$"))
        batch_path = page.url.removeprefix(live_server.url)
        deadline = time.monotonic() + PROCESSING_TIMEOUT_S
        while page.locator('#batch[data-done="true"]').count() == 0:
            assert time.monotonic() < deadline, f"batch not processed in time:\n{page.inner_text('main')}"
            page.wait_for_timeout(1000)  # the page polls and reloads itself when done
        return batch_path
    finally:
        context.close()


def test_login_refuses_a_wrong_password_and_logout_ends_the_session(new_page, live_server):
    page: Page = new_page()
    page.goto("/antrean")
    expect(page).to_have_url(re.compile(r"/masuk\?next="))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    screenshot(page, "login")
    page.get_by_label("Nama pengguna").fill("peninjau")
    page.get_by_label("Kata sandi").fill("salah-sekali")
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("alert")).to_contain_text("salah")
    login(page, "reviewer", live_server)
    expect(page).to_have_url(re.compile(r"/antrean"))
    page.get_by_role("button", name="Keluar").click()
    expect(page).to_have_url(re.compile(r"/masuk"))
    page.goto("/antrean")
    expect(page).to_have_url(re.compile(r"/masuk"))


def test_forms_refuse_a_post_without_the_csrf_token(new_page, live_server):
    page: Page = new_page()
    login(page, "reviewer", live_server)
    response = page.request.post("/keluar", form={"csrf_token": "palsu"})
    assert response.status == 403
    page.goto("/antrean")
    expect(page).to_have_url(re.compile(r"/antrean"))  # still logged in


def test_batch_page_shows_progress_failures_with_reasons_and_duplicates(
    new_page, live_server, processed_batch
):
    page: Page = new_page()
    login(page, "uploader", live_server)
    page.goto(processed_batch)
    expect(page.locator("#batch-progress")).to_have_attribute("value", "100")
    table = page.locator("#batch-table")
    encrypted = table.locator("tr", has_text="sk-terenkripsi.pdf")
    expect(encrypted).to_contain_text("gagal")
    expect(encrypted).to_contain_text("encrypted")
    expect(encrypted.get_by_role("button", name="Coba lagi")).to_be_visible()
    expect(table.locator("tr", has_text="proposal-terpotong.pdf")).to_contain_text("corrupt")
    duplicate = table.locator("tr", has_text="proposal-si-pandai-salinan.pdf")
    expect(duplicate).to_contain_text("duplikat")
    expect(duplicate).to_contain_text("Sama persis dengan")
    expect(table.locator("tr", has_text="proposal-si-pandai.pdf").first).to_contain_text("dalam antrean")
    screenshot(page, "batch")
    # Retrying a permanent failure runs it again and ends with the same reason.
    encrypted.get_by_role("button", name="Coba lagi").click()
    expect(page.get_by_role("status").first).to_contain_text("diproses ulang")


def test_upload_works_without_javascript(new_page, live_server, processed_batch):
    page: Page = new_page(javascript=False)
    login(page, "uploader", live_server)
    page.goto("/unggah")
    page.get_by_label("Berkas", exact=True).set_input_files(
        files=[{"name": "catatan.txt", "mimeType": "text/plain", "buffer": b"Catatan rapat inovasi."}]
    )
    page.get_by_role("button", name="Unggah").click()
    page.wait_for_url(re.compile(r"/unggah/batch/\d+$"))
    expect(page.locator("#batch-table")).to_contain_text("catatan.txt")


def test_document_view_highlights_evidence_and_takes_a_correction(new_page, live_server, processed_batch):
    page: Page = new_page()
    login(page, "reviewer", live_server)
    page.goto("/antrean")  # runs before the keyboard triage, so the proposal is still waiting
    page.locator("#queue tbody tr", has_text="proposal-si-pandai.pdf").locator("a.open").click()
    expect(page.locator("h1")).to_have_text(re.compile(r"/proposal-si-pandai\.pdf$"))
    page.wait_for_load_state("load")  # the page's script is in place
    expect(page.locator("#viewer img").first).to_be_visible()  # page images rendered by PDFium
    marks = page.locator(".page-text mark")
    assert marks.count() >= 1, "no evidence highlighted in the extracted text"

    jump = page.locator("a.jump").first
    target = jump.get_attribute("data-target")
    jump.click()
    expect(page.locator(f"mark#{target}")).to_have_class(re.compile("current"))
    expect(page.locator(f"mark#{target}")).to_be_in_viewport()
    page_image = page.locator(f"#asli-hlm-{jump.get_attribute('data-page')} img")
    expect(page_image).to_be_in_viewport()  # the original beside it shows the same page
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=page_image.element_handle())
    screenshot(page, "document", readme=True)

    page.get_by_role("button", name="Klaim untuk ditinjau").click()
    expect(page.get_by_role("status").first).to_contain_text("diklaim")
    tahapan = page.get_by_label("Tahapan", exact=True)
    current = tahapan.input_value()
    new_value = next(v for v in ("penerapan", "uji_coba", "inisiatif") if v != current)
    tahapan.select_option(new_value)
    document_path = page.url.removeprefix(live_server.url).split("?")[0]
    page.get_by_role("button", name="Simpan koreksi").click()
    expect(page.get_by_role("status").first).to_contain_text("Koreksi disimpan")
    expect(page).to_have_url(re.compile(r"/antrean"))  # opened from the queue: back to it
    expect(page.locator("#queue")).not_to_contain_text("proposal-si-pandai.pdf")
    page.goto(document_path)
    history = page.locator("#riwayat")
    expect(history).to_contain_text("dikoreksi oleh peninjau")
    expect(history).to_contain_text("Tahapan")


def test_queue_triage_by_keyboard(new_page, live_server, processed_batch):
    page: Page = new_page()
    login(page, "reviewer", live_server)
    page.goto("/antrean")
    rows = page.locator("#queue tbody tr[data-index]")
    before = rows.count()
    assert before >= 4, page.inner_text("main")
    expect(rows.first).to_have_class(re.compile("selected"))
    screenshot(page, "queue", readme=True)

    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    screenshot(page, "queue-help")
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()

    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile("selected"))
    page.keyboard.press("k")
    expect(rows.nth(0)).to_have_class(re.compile("selected"))
    page.keyboard.press("j")
    accepted = rows.nth(1).locator("a.open").inner_text()
    page.keyboard.press("a")
    expect(page.get_by_role("status").first).to_contain_text("diterima")
    expect(rows).to_have_count(before - 1)
    expect(page.locator("#queue")).not_to_contain_text(accepted)
    # The selection stays at the same place in the list, on the next item.
    expect(rows.nth(1)).to_have_class(re.compile("selected"))
    rejected = rows.nth(1).locator("a.open").inner_text()
    page.keyboard.press("r")
    expect(page.get_by_role("status").first).to_contain_text("ditolak")
    expect(rows).to_have_count(before - 2)
    expect(page.locator("#queue")).not_to_contain_text(rejected)

    page.keyboard.press("e")
    expect(page).to_have_url(re.compile(r"/dokumen/\d+\?kembali="))


def test_dossier_grid_and_xlsx_export(new_page, live_server, processed_batch, tmp_path):
    page: Page = new_page()
    login(page, "uploader", live_server)
    page.goto("/berkas")
    page.get_by_label("Nama inovasi").fill("SI-PANDAI")
    page.get_by_role("button", name="Buat berkas kosong").click()
    page.wait_for_url(re.compile(r"/berkas/\d+$"))
    boxes = page.locator('input[name="document_ids"]')
    for i in range(boxes.count()):
        boxes.nth(i).check()
    page.get_by_role("button", name="Tambahkan").click()
    grid = page.locator("#indicator-grid tbody tr")
    expect(grid).to_have_count(20)
    expect(page.locator("#indicator-grid")).to_contain_text("Regulasi inovasi daerah")
    score = int(page.locator("#score").inner_text())
    assert 0 < score <= 111
    expect(page.locator("#band")).not_to_be_empty()
    screenshot(page, "dossier")

    with page.expect_download() as info:
        page.locator("#export-xlsx").click()
    path = tmp_path / "berkas.xlsx"
    info.value.save_as(path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert {"dossier", "regulasi", "video", "score", "band"} <= set(header)
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["dossier"] == "SI-PANDAI" and row["score"] == score


def test_audit_page_and_export(new_page, live_server, processed_batch, tmp_path):
    page: Page = new_page()
    login(page, "auditor", live_server)
    expect(page).to_have_url(re.compile(r"/audit"))
    expect(page.locator("main")).to_contain_text("Dinas Pemberdayaan Masyarakat dan Desa")
    screenshot(page, "audit")
    with page.expect_download() as info:
        page.locator("#audit-xlsx").click()
    path = tmp_path / "audit.xlsx"
    info.value.save_as(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("pemda", "unit", "dossier_id", "dossier")
    assert any(r[3] == "SI-PANDAI" for r in rows[1:])
    # An auditor reads but has no queue.
    page.goto("/antrean")
    expect(page.get_by_role("alert")).to_contain_text("Peran Anda tidak mengizinkan")


def test_model_page_counts_corrections_waiting_for_training(new_page, live_server, processed_batch):
    page: Page = new_page()
    login(page, "reviewer", live_server)
    page.goto("/model")
    expect(page.locator("#model-version")).not_to_be_empty()
    assert int(page.locator("#waiting").inner_text()) >= 1
    expect(page.locator("main")).to_contain_text("Jenis dokumen")
    screenshot(page, "model")


def test_bulk_accept_shows_what_it_will_accept_first(new_page, live_server, processed_batch):
    page: Page = new_page()
    login(page, "reviewer", live_server)
    page.goto("/antrean")
    waiting = page.locator("#queue tbody tr[data-index]").count()
    assert waiting >= 1
    page.locator("#bulk-link").click()
    expect(page.locator("#bulk-count")).to_have_text(str(waiting))
    screenshot(page, "bulk-confirm")
    page.locator("#bulk-confirm").click()
    expect(page.get_by_role("status").first).to_contain_text(f"{waiting} butir diterima")
    expect(page.locator("#queue tbody tr[data-index]")).to_have_count(0)


PAGES_BY_ROLE = {
    "uploader": ["/unggah", "/dokumen", "/berkas", "/model"],
    "reviewer": ["/antrean", "/dokumen", "/berkas", "/audit", "/model"],
}


def test_pages_are_labelled_and_reachable_by_keyboard(new_page, live_server, processed_batch):
    page: Page = new_page()
    for role, paths in PAGES_BY_ROLE.items():
        login(page, role, live_server)
        for path in [*paths, "/dokumen/1"]:
            page.goto(path)
            expect(page.locator("html")).to_have_attribute("lang", "id")
            unlabelled = page.evaluate(
                """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
                    .map(el => el.name || el.id)"""
            )
            assert unlabelled == [], f"{path}: inputs without a label: {unlabelled}"
            # Tab reaches the skip link first, and focus is visibly outlined.
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "() => { const el = document.activeElement;"
                " return [el.className, getComputedStyle(el).outlineStyle]; }"
            )
            assert focused[0] == "skip" and focused[1] != "none", f"{path}: {focused}"
        page.get_by_role("button", name="Keluar").click()
