"""Answer accuracy on four kinds of question over the demo documents, end to end.

A throwaway appliance ingests deploy/demo-documents through the real pipeline, starts the
packaged CPU model behind llama.cpp's OpenAI server (or uses --url), and runs
`manage.py evaluate --answers --json` on each set in tests/data/:

* internal_qa.jsonl      Japanese questions whose answer is in the documents
* english_qa.jsonl       the same facts asked in English (judged on "answer_any")
* followup_qa.jsonl      two-turn conversations; the second answer is judged
* unanswerable_qa.jsonl  the topic is there, the asked-for value is not: right = refused

Printed per set: answer accuracy, refused share, answers with unsupported claims, and the
seconds per item. `--sets` picks some; `--limit N` asks the first N of each.

    .venv/bin/python bench/trust.py [--threads 2] [--sets internal,english] [--corpus jaquad] [--markdown]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.answer import SERVER_START_TIMEOUT, free_port, ingest_demo_documents, wait_until_ready  # noqa: E402
from bench.harness import REPOSITORY_ROOT, machine_report, print_table, start_appliance, stop_appliance  # noqa: E402

SETS = {
    "internal": "internal_qa.jsonl",
    "english": "english_qa.jsonl",
    "followup": "followup_qa.jsonl",
    "unanswerable": "unanswerable_qa.jsonl",
}
# The same four kinds over four JaQuAD articles (tests/data/jaquad/README.md): documents
# and questions the answering was never tuned on.
JAQUAD_SETS = {
    "internal": "jaquad_qa.jsonl",
    "english": "jaquad_english_qa.jsonl",
    "followup": "jaquad_followup_qa.jsonl",
    "unanswerable": "jaquad_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional presentation decks, PPTX and slides exported to PDF
# (tests/data/slides/README.md), dense with look-alike figures; written without reading the
# answering code.
SLIDES_SETS = {
    "internal": "slides_qa.jsonl",
    "english": "slides_english_qa.jsonl",
    "followup": "slides_followup_qa.jsonl",
    "unanswerable": "slides_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional company documents that are not slides (a DOCX 規程,
# an XLSX budget, minutes exported to PDF, an HTML portal page, a plan PDF; see
# tests/data/office/README.md); written without reading the answering code.
OFFICE_SETS = {
    "internal": "office_qa.jsonl",
    "english": "office_english_qa.jsonl",
    "followup": "office_followup_qa.jsonl",
    "unanswerable": "office_unanswerable_qa.jsonl",
}
# The same four kinds over six fictional documents of one food maker in other formats (a
# Markdown 就業規則, a PPTX benefits guide, an ISO-2022-JP e-mail, an XLSX training plan, a
# quality-report PDF, an HTML page; see tests/data/workplace/README.md); written without
# reading the answering code.
WORKPLACE_SETS = {
    "internal": "workplace_qa.jsonl",
    "english": "workplace_english_qa.jsonl",
    "followup": "workplace_followup_qa.jsonl",
    "unanswerable": "workplace_unanswerable_qa.jsonl",
}
# The same four kinds over four fictional documents of a housing-equipment maker (a Markdown
# 育児・介護休業規程, an HTML guide to the business systems, an XLSX quarterly sales report, DOCX
# safety-committee minutes; see tests/data/holdout/README.md), written after the answer checks
# were tuned: for measuring, never for tuning.
HOLDOUT_SETS = {
    "internal": "holdout_qa.jsonl",
    "english": "holdout_english_qa.jsonl",
    "followup": "holdout_followup_qa.jsonl",
    "unanswerable": "holdout_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional documents of a seafood maker (a 出張旅費規程 PDF, a
# Markdown security guideline, a PPTX price announcement, a DOCX benefits guide, an e-mail; see
# tests/data/holdout2/README.md), written in session 12 without reading the answering code.
HOLDOUT2_SETS = {
    "internal": "holdout2_qa.jsonl",
    "english": "holdout2_english_qa.jsonl",
    "followup": "holdout2_followup_qa.jsonl",
    "unanswerable": "holdout2_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional documents of a trucking and warehousing firm (a PPTX
# plan, a PDF failure procedure, an XLSX KPI sheet, an HTML facilities page, a Markdown health
# rule; see tests/data/holdout3/README.md), written in session 12 without reading the answering code.
HOLDOUT3_SETS = {
    "internal": "holdout3_qa.jsonl",
    "english": "holdout3_english_qa.jsonl",
    "followup": "holdout3_followup_qa.jsonl",
    "unanswerable": "holdout3_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional documents of a regional hospital group (a DOCX 手当細則
# with merged headers, a PDF infection-control manual, an XLSX of results by facility, a PPTX
# staff briefing, an e-mail with a typed table; see tests/data/holdout4/README.md), written in
# session 13 without reading the answering code.
HOLDOUT4_SETS = {
    "internal": "holdout4_qa.jsonl",
    "english": "holdout4_english_qa.jsonl",
    "followup": "holdout4_followup_qa.jsonl",
    "unanswerable": "holdout4_unanswerable_qa.jsonl",
}
# The same four kinds over five fictional documents of a regional supermarket chain (a DOCX
# 運用基準 with a column merged down, a PDF manual whose table starts a page, an XLSX of results
# by store, a PPTX loyalty-card briefing, an HTML page of holiday hours with colspan and rowspan;
# see tests/data/holdout5/README.md), written in session 13 without reading the answering code.
HOLDOUT5_SETS = {
    "internal": "holdout5_qa.jsonl",
    "english": "holdout5_english_qa.jsonl",
    "followup": "holdout5_followup_qa.jsonl",
    "unanswerable": "holdout5_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional hotel and ryokan group (a DOCX 宿泊料金・
# 取消料規程 with two-row headers and a hotel merged down its room types, a housekeeping PDF whose
# table crosses a page break, an XLSX of results by hotel and month, a PPTX sales briefing, an
# ISO-2022-JP e-mail; see tests/data/holdout6/README.md), written in session 14 without reading
# the answering code.
HOLDOUT6_SETS = {
    "internal": "holdout6_qa.jsonl",
    "english": "holdout6_english_qa.jsonl",
    "followup": "holdout6_followup_qa.jsonl",
    "unanswerable": "holdout6_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional city's water and sewerage bureau (a DOCX
# rate 規程 with a two-row header, a water-quality PDF, an XLSX pipe-renewal plan, a PPTX, a
# Markdown contact list; see tests/data/holdout7/README.md), written at the end of session 14
# without reading the answering code; measured untouched once in session 14 and again at the start
# of session 15, then tuned on (its README says so).
HOLDOUT7_SETS = {
    "internal": "holdout7_qa.jsonl",
    "english": "holdout7_english_qa.jsonl",
    "followup": "holdout7_followup_qa.jsonl",
    "unanswerable": "holdout7_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional private university (a DOCX 学費・納付金規程
# with a two-row header, a scholarship PDF whose table crosses a page break, an XLSX of entrance
# results and enrolment, a PPTX orientation deck, an HTML page of desks and hours with colspan and
# rowspan; see tests/data/holdout8/README.md), written in session 15 without reading the answering code.
HOLDOUT8_SETS = {
    "internal": "holdout8_qa.jsonl",
    "english": "holdout8_english_qa.jsonl",
    "followup": "holdout8_followup_qa.jsonl",
    "unanswerable": "holdout8_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional regional railway and bus operator (a DOCX
# 旅客運賃・料金規程, a safety-report PDF, an XLSX of traffic and line results, a PPTX crew briefing,
# an ISO-2022-JP e-mail; see tests/data/holdout9/README.md), written in session 16 without reading
# the answering code.
HOLDOUT9_SETS = {
    "internal": "holdout9_qa.jsonl",
    "english": "holdout9_english_qa.jsonl",
    "followup": "holdout9_followup_qa.jsonl",
    "unanswerable": "holdout9_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional general contractor (a DOCX 出張旅費・現場手当
# 規程, a safety and health report PDF, an XLSX of orders and completed work, a PPTX site managers'
# briefing, a Markdown guide of the equipment centre; see tests/data/holdout10/README.md), written
# in session 17 without reading the answering code.
HOLDOUT10_SETS = {
    "internal": "holdout10_qa.jsonl",
    "english": "holdout10_english_qa.jsonl",
    "followup": "holdout10_followup_qa.jsonl",
    "unanswerable": "holdout10_unanswerable_qa.jsonl",
}
# The same four kinds over five documents of a fictional agricultural cooperative (a DOCX 販売手数料・
# 出荷奨励金規程, a business report PDF, an XLSX of branches and months, a PPTX shipping briefing, an
# ISO-2022-JP e-mail; see tests/data/holdout11/README.md), written in session 17 without reading the
# answering code.
HOLDOUT11_SETS = {
    "internal": "holdout11_qa.jsonl",
    "english": "holdout11_english_qa.jsonl",
    "followup": "holdout11_followup_qa.jsonl",
    "unanswerable": "holdout11_unanswerable_qa.jsonl",
}
# The same four kinds over a city gas utility's five documents (a DOCX 供給約款 with a rate table
# banded by monthly usage, a PDF report whose table crosses a page, an XLSX workbook with a
# twelve-month sheet, a PPTX briefing, an e-mail; see tests/data/holdout12/README.md), written in
# session 18 without reading the answering code.
HOLDOUT12_SETS = {
    "internal": "holdout12_qa.jsonl",
    "english": "holdout12_english_qa.jsonl",
    "followup": "holdout12_followup_qa.jsonl",
    "unanswerable": "holdout12_unanswerable_qa.jsonl",
}
# The same four kinds over a fitness club chain's five documents (a DOCX 会員規約 with fees banded by
# age, a PDF report whose table crosses a page, an XLSX with a twelve-month sheet, a PPTX briefing,
# a Markdown guide; see tests/data/holdout13/README.md), written in session 18 without reading the
# answering code.
HOLDOUT13_SETS = {
    "internal": "holdout13_qa.jsonl",
    "english": "holdout13_english_qa.jsonl",
    "followup": "holdout13_followup_qa.jsonl",
    "unanswerable": "holdout13_unanswerable_qa.jsonl",
}
# The same four kinds over a private security company's five documents (a DOCX 規程 with an
# allowance banded by hours, a PDF report whose table crosses a page, an XLSX with a twelve-month
# sheet, a PPTX briefing, an HTML notice; see tests/data/holdout14/README.md), written in session 18
# without reading the answering code: the next session's untouched corpus.
HOLDOUT14_SETS = {
    "internal": "holdout14_qa.jsonl",
    "english": "holdout14_english_qa.jsonl",
    "followup": "holdout14_followup_qa.jsonl",
    "unanswerable": "holdout14_unanswerable_qa.jsonl",
}
# The same four kinds over an electric-power retailer's five documents (a DOCX 料金規程 with a
# banded table under a two-row header, a PDF report whose table crosses a page, an XLSX with a
# twelve-month sheet, a PPTX for the board, an ISO-2022-JP e-mail; see
# tests/data/holdout15/README.md), written in session 19 without reading the answering code.
HOLDOUT15_SETS = {
    "internal": "holdout15_qa.jsonl",
    "english": "holdout15_english_qa.jsonl",
    "followup": "holdout15_followup_qa.jsonl",
    "unanswerable": "holdout15_unanswerable_qa.jsonl",
}
# The same four kinds over a credit union's five documents (a DOCX 諸手数料規程 banded by the number
# of coins under a two-row header, a PDF report whose table crosses a page, an XLSX with a
# twelve-month sheet, a PPTX for the branch managers, an HTML notice; see
# tests/data/holdout16/README.md), written in session 19 without reading the answering code.
HOLDOUT16_SETS = {
    "internal": "holdout16_qa.jsonl",
    "english": "holdout16_english_qa.jsonl",
    "followup": "holdout16_followup_qa.jsonl",
    "unanswerable": "holdout16_unanswerable_qa.jsonl",
}
# The same four kinds over a dispensing-pharmacy chain's five documents (a DOCX 手当規程 banded under
# a two-row header, a PDF report whose table crosses a page, an XLSX of twelve months, a PPTX for
# the store managers, an ISO-2022-JP e-mail; tests/data/holdout17/README.md), and over a waste
# collection and recycling company's (tests/data/holdout18/README.md), both written in session 20
# without reading the answering code.
HOLDOUT17_SETS = {
    "internal": "holdout17_qa.jsonl",
    "english": "holdout17_english_qa.jsonl",
    "followup": "holdout17_followup_qa.jsonl",
    "unanswerable": "holdout17_unanswerable_qa.jsonl",
}
HOLDOUT18_SETS = {
    "internal": "holdout18_qa.jsonl",
    "english": "holdout18_english_qa.jsonl",
    "followup": "holdout18_followup_qa.jsonl",
    "unanswerable": "holdout18_unanswerable_qa.jsonl",
}
# A car dealership's five (a DOCX 車検・点検整備 料金表 banded by vehicle weight, a PDF of sales by
# store and vehicle class whose store is written on its group's first row only, crossing a page,
# an XLSX of twelve months, a PPTX, an e-mail; tests/data/holdout19/README.md), session 20, blind.
HOLDOUT19_SETS = {
    "internal": "holdout19_qa.jsonl",
    "english": "holdout19_english_qa.jsonl",
    "followup": "holdout19_followup_qa.jsonl",
    "unanswerable": "holdout19_unanswerable_qa.jsonl",
}
# A nursing-care operator's five (a DOCX fee regulation banded by care level, a PDF grouped by
# facility crossing a page, an XLSX of twelve months, a PPTX, an HTML notice;
# tests/data/holdout20/README.md), session 21, blind.
HOLDOUT20_SETS = {
    "internal": "holdout20_qa.jsonl",
    "english": "holdout20_english_qa.jsonl",
    "followup": "holdout20_followup_qa.jsonl",
    "unanswerable": "holdout20_unanswerable_qa.jsonl",
}
# A cram-school chain's five (a DOCX tuition regulation banded by grade, a PDF grouped by
# classroom crossing a page, an XLSX of twelve months, a Markdown staff handbook, an e-mail;
# tests/data/holdout21/README.md), session 21, blind.
HOLDOUT21_SETS = {
    "internal": "holdout21_qa.jsonl",
    "english": "holdout21_english_qa.jsonl",
    "followup": "holdout21_followup_qa.jsonl",
    "unanswerable": "holdout21_unanswerable_qa.jsonl",
}
# A ferry company's five (a DOCX fare regulation banded by vehicle length, a PDF grouped by
# route crossing a page, an XLSX of twelve months, a PPTX, an HTML notice;
# tests/data/holdout22/README.md), session 22, blind.
HOLDOUT22_SETS = {
    "internal": "holdout22_qa.jsonl",
    "english": "holdout22_english_qa.jsonl",
    "followup": "holdout22_followup_qa.jsonl",
    "unanswerable": "holdout22_unanswerable_qa.jsonl",
}
# A residential property manager's five (a PDF fee regulation banded by floor area, a PDF grouped
# by building crossing a page, an XLSX of twelve months, a DOCX handbook, an e-mail;
# tests/data/holdout23/README.md), session 22, blind.
HOLDOUT23_SETS = {
    "internal": "holdout23_qa.jsonl",
    "english": "holdout23_english_qa.jsonl",
    "followup": "holdout23_followup_qa.jsonl",
    "unanswerable": "holdout23_unanswerable_qa.jsonl",
}
# A car-rental company's five (a DOCX rate regulation banded by rental hours under a two-row
# header, a PDF grouped by shop crossing a page, an XLSX of twelve months, a PPTX, a Markdown counter
# FAQ; tests/data/holdout24/README.md), session 23, blind.
HOLDOUT24_SETS = {
    "internal": "holdout24_qa.jsonl",
    "english": "holdout24_english_qa.jsonl",
    "followup": "holdout24_followup_qa.jsonl",
    "unanswerable": "holdout24_unanswerable_qa.jsonl",
}
# A municipal culture-and-sports foundation's five (a PDF fee schedule by room and time slot under
# a two-row header, a DOCX of work rules with leave banded by years of service, an XLSX of users by
# facility and month for two years, an HTML closure notice, an e-mail of festival shifts;
# tests/data/holdout25/README.md), session 23, blind.
HOLDOUT25_SETS = {
    "internal": "holdout25_qa.jsonl",
    "english": "holdout25_english_qa.jsonl",
    "followup": "holdout25_followup_qa.jsonl",
    "unanswerable": "holdout25_unanswerable_qa.jsonl",
}
# An IT services company's five (a DOCX price list banded by user accounts under a two-row header,
# a PDF operations report grouped by service crossing a page, an XLSX of twelve months, a PPTX
# roadmap, an HTML security policy; tests/data/holdout26/README.md), session 23, blind.
HOLDOUT26_SETS = {
    "internal": "holdout26_qa.jsonl",
    "english": "holdout26_english_qa.jsonl",
    "followup": "holdout26_followup_qa.jsonl",
    "unanswerable": "holdout26_unanswerable_qa.jsonl",
}
# A printing and packaging company's five (a DOCX price list banded by print run, a PDF production
# and quality report by factory crossing a page, an XLSX of orders by sales office, a Markdown
# safety rulebook, an HTML holiday notice; tests/data/holdout27/README.md), session 24, blind.
HOLDOUT27_SETS = {
    "internal": "holdout27_qa.jsonl",
    "english": "holdout27_english_qa.jsonl",
    "followup": "holdout27_followup_qa.jsonl",
    "unanswerable": "holdout27_unanswerable_qa.jsonl",
}
# A social-welfare corporation's nurseries and after-school clubs (a PDF fee schedule by age class
# and income band, a PPTX for the directors, an e-mail of opening hours, a DOCX of work rules, an
# XLSX of enrolment; tests/data/holdout28/README.md), session 24, blind.
HOLDOUT28_SETS = {
    "internal": "holdout28_qa.jsonl",
    "english": "holdout28_english_qa.jsonl",
    "followup": "holdout28_followup_qa.jsonl",
    "unanswerable": "holdout28_unanswerable_qa.jsonl",
}
# A driving school group's five (a PDF fee schedule by licence and transmission crossing a page, a
# DOCX of instructors' work rules, an XLSX of enrolments and pass rates, a PPTX for the managers, an
# e-mail of reception hours; tests/data/holdout29/README.md), session 25, blind.
HOLDOUT29_SETS = {
    "internal": "holdout29_qa.jsonl",
    "english": "holdout29_english_qa.jsonl",
    "followup": "holdout29_followup_qa.jsonl",
    "unanswerable": "holdout29_unanswerable_qa.jsonl",
}
# A veterinary hospital group's five (a PDF price list by animal weight band crossing a page, a DOCX
# of work rules, an XLSX of patients by month, hospital and species, an HTML year-end notice, a
# Markdown manual for anaesthesia and hospitalisation; tests/data/holdout30/README.md), session 25, blind.
HOLDOUT30_SETS = {
    "internal": "holdout30_qa.jsonl",
    "english": "holdout30_english_qa.jsonl",
    "followup": "holdout30_followup_qa.jsonl",
    "unanswerable": "holdout30_unanswerable_qa.jsonl",
}
# A wedding and banquet hall company's five (a PDF price list of plans and options crossing a page, a
# DOCX of allowances, an XLSX of weddings by month and hall, a PPTX for the managers, an e-mail of
# year-end hours and deadlines; tests/data/holdout31/README.md), session 26, blind.
HOLDOUT31_SETS = {
    "internal": "holdout31_qa.jsonl",
    "english": "holdout31_english_qa.jsonl",
    "followup": "holdout31_followup_qa.jsonl",
    "unanswerable": "holdout31_unanswerable_qa.jsonl",
}
# A cold-chain warehouse company's five (a PDF tariff by temperature zone and bands crossing a page, a
# DOCX of work rules and allowances, an XLSX of pallets and deliveries by month and depot, an HTML
# year-end delivery notice, a Markdown safety and temperature manual; tests/data/holdout32/README.md),
# session 26, blind.
HOLDOUT32_SETS = {
    "internal": "holdout32_qa.jsonl",
    "english": "holdout32_english_qa.jsonl",
    "followup": "holdout32_followup_qa.jsonl",
    "unanswerable": "holdout32_unanswerable_qa.jsonl",
}
# A household and office moving company's five (a PDF fare table by truck size and distance band
# crossing a page, a DOCX of work allowances and travel rules, an XLSX of moves by month and branch, a
# PPTX for the corporate-relocation meeting, an e-mail of busy-season reception; tests/data/holdout33/README.md),
# session 27, blind.
HOLDOUT33_SETS = {
    "internal": "holdout33_qa.jsonl",
    "english": "holdout33_english_qa.jsonl",
    "followup": "holdout33_followup_qa.jsonl",
    "unanswerable": "holdout33_unanswerable_qa.jsonl",
}
# A chain of hair salons' five (a PDF menu price list by hair length and stylist rank crossing a page,
# a DOCX of pay, commission and allowance rules, an XLSX of customers and treatments by month and salon,
# an e-mail of March hours and a booking centre, a Markdown reception manual; tests/data/holdout34/README.md),
# session 27, blind.
HOLDOUT34_SETS = {
    "internal": "holdout34_qa.jsonl",
    "english": "holdout34_english_qa.jsonl",
    "followup": "holdout34_followup_qa.jsonl",
    "unanswerable": "holdout34_unanswerable_qa.jsonl",
}
# A regional group of dental clinics' five (a PDF price list of self-pay treatments crossing a page, a
# DOCX of pay and allowance rules, an XLSX of patients and self-pay income by month and clinic, a PPTX
# of the directors' meeting, an e-mail of the year-end schedule; tests/data/holdout35/README.md),
# session 28, blind.
HOLDOUT35_SETS = {
    "internal": "holdout35_qa.jsonl",
    "english": "holdout35_english_qa.jsonl",
    "followup": "holdout35_followup_qa.jsonl",
    "unanswerable": "holdout35_unanswerable_qa.jsonl",
}
# A chain of dry cleaners and coin laundries' five (a PDF price list by garment and size crossing a
# page, a DOCX of part-timers' work rules, an XLSX of items and sales by month and shop, an e-mail of
# a factory stoppage and extra pick-ups, an HTML page of shops and services;
# tests/data/holdout36/README.md), session 28, blind.
HOLDOUT36_SETS = {
    "internal": "holdout36_qa.jsonl",
    "english": "holdout36_english_qa.jsonl",
    "followup": "holdout36_followup_qa.jsonl",
    "unanswerable": "holdout36_unanswerable_qa.jsonl",
}
# A city aquarium and zoo park's five (a PDF of admission and annual-pass fees by age band and group
# size, a DOCX of part-time staff's work and allowances, an XLSX of visitors by month, facility and
# ticket, a PPTX business plan, an e-mail of a closure; tests/data/holdout37/README.md), session 29, blind.
HOLDOUT37_SETS = {
    "internal": "holdout37_qa.jsonl",
    "english": "holdout37_english_qa.jsonl",
    "followup": "holdout37_followup_qa.jsonl",
    "unanswerable": "holdout37_unanswerable_qa.jsonl",
}
# A bakery and café chain's five (a PDF catering price list by party size with surcharges and a
# delivery fee by distance, a DOCX of shop staff's wage rules, an XLSX of sales by month, shop and
# category, a Markdown wiki page of shops, an e-mail of a factory oven renewal;
# tests/data/holdout38/README.md), session 29, blind.
HOLDOUT38_SETS = {
    "internal": "holdout38_qa.jsonl",
    "english": "holdout38_english_qa.jsonl",
    "followup": "holdout38_followup_qa.jsonl",
    "unanswerable": "holdout38_unanswerable_qa.jsonl",
}
# A bicycle-parking and bike-share operator's five (a PDF of parking fees by site and period, a DOCX
# of the share-cycle terms, an XLSX of parking use by month and site, a PPTX business plan, an e-mail
# of a pass renewal and a fare-system switch; tests/data/holdout39/README.md), session 30, blind.
HOLDOUT39_SETS = {
    "internal": "holdout39_qa.jsonl",
    "english": "holdout39_english_qa.jsonl",
    "followup": "holdout39_followup_qa.jsonl",
    "unanswerable": "holdout39_unanswerable_qa.jsonl",
}
# A chain of public bathhouses and day spas' five (tests/data/holdout40/README.md), session 30, blind.
HOLDOUT40_SETS = {
    "internal": "holdout40_qa.jsonl",
    "english": "holdout40_english_qa.jsonl",
    "followup": "holdout40_followup_qa.jsonl",
    "unanswerable": "holdout40_unanswerable_qa.jsonl",
}

# A ski resort operator's five (tests/data/holdout41/README.md), session 31, blind.
HOLDOUT41_SETS = {
    "internal": "holdout41_qa.jsonl",
    "english": "holdout41_english_qa.jsonl",
    "followup": "holdout41_followup_qa.jsonl",
    "unanswerable": "holdout41_unanswerable_qa.jsonl",
}

# A regional cable-TV and internet provider's five (tests/data/holdout42/README.md), session 31, blind.
HOLDOUT42_SETS = {
    "internal": "holdout42_qa.jsonl",
    "english": "holdout42_english_qa.jsonl",
    "followup": "holdout42_followup_qa.jsonl",
    "unanswerable": "holdout42_unanswerable_qa.jsonl",
}

# A regional taxi and hired-car company's five (tests/data/holdout43/README.md), session 32, blind.
HOLDOUT43_SETS = {
    "internal": "holdout43_qa.jsonl",
    "english": "holdout43_english_qa.jsonl",
    "followup": "holdout43_followup_qa.jsonl",
    "unanswerable": "holdout43_unanswerable_qa.jsonl",
}

# A self-storage (trunk-room) operator's five (tests/data/holdout44/README.md), session 32, blind.
HOLDOUT44_SETS = {
    "internal": "holdout44_qa.jsonl",
    "english": "holdout44_english_qa.jsonl",
    "followup": "holdout44_followup_qa.jsonl",
    "unanswerable": "holdout44_unanswerable_qa.jsonl",
}
# A funeral-services company's five (tests/data/holdout45/README.md), session 33, blind.
HOLDOUT45_SETS = {
    "internal": "holdout45_qa.jsonl",
    "english": "holdout45_english_qa.jsonl",
    "followup": "holdout45_followup_qa.jsonl",
    "unanswerable": "holdout45_unanswerable_qa.jsonl",
}
# An auto-campground and glamping operator's five (tests/data/holdout46/README.md), session 33, blind.
HOLDOUT46_SETS = {
    "internal": "holdout46_qa.jsonl",
    "english": "holdout46_english_qa.jsonl",
    "followup": "holdout46_followup_qa.jsonl",
    "unanswerable": "holdout46_unanswerable_qa.jsonl",
}
# A golf-course operator's five (tests/data/holdout47/README.md), session 33, blind.
HOLDOUT47_SETS = {
    "internal": "holdout47_qa.jsonl",
    "english": "holdout47_english_qa.jsonl",
    "followup": "holdout47_followup_qa.jsonl",
    "unanswerable": "holdout47_unanswerable_qa.jsonl",
}
# A cinema chain's five (tests/data/holdout48/README.md), session 34, blind.
HOLDOUT48_SETS = {
    "internal": "holdout48_qa.jsonl",
    "english": "holdout48_english_qa.jsonl",
    "followup": "holdout48_followup_qa.jsonl",
    "unanswerable": "holdout48_unanswerable_qa.jsonl",
}
# An optician chain's five (tests/data/holdout49/README.md), session 34, blind.
HOLDOUT49_SETS = {
    "internal": "holdout49_qa.jsonl",
    "english": "holdout49_english_qa.jsonl",
    "followup": "holdout49_followup_qa.jsonl",
    "unanswerable": "holdout49_unanswerable_qa.jsonl",
}
# A city library system's five (tests/data/holdout50/README.md), session 34, blind.
HOLDOUT50_SETS = {
    "internal": "holdout50_qa.jsonl",
    "english": "holdout50_english_qa.jsonl",
    "followup": "holdout50_followup_qa.jsonl",
    "unanswerable": "holdout50_unanswerable_qa.jsonl",
}
# A music school chain's five (tests/data/holdout51/README.md), session 35, blind.
HOLDOUT51_SETS = {
    "internal": "holdout51_qa.jsonl",
    "english": "holdout51_english_qa.jsonl",
    "followup": "holdout51_followup_qa.jsonl",
    "unanswerable": "holdout51_unanswerable_qa.jsonl",
}
CORPORA = {
    "demo": (REPOSITORY_ROOT / "deploy" / "demo-documents", SETS),
    "jaquad": (REPOSITORY_ROOT / "tests" / "data" / "jaquad", JAQUAD_SETS),
    "slides": (REPOSITORY_ROOT / "tests" / "data" / "slides", SLIDES_SETS),
    "office": (REPOSITORY_ROOT / "tests" / "data" / "office", OFFICE_SETS),
    "workplace": (REPOSITORY_ROOT / "tests" / "data" / "workplace", WORKPLACE_SETS),
    "holdout": (REPOSITORY_ROOT / "tests" / "data" / "holdout", HOLDOUT_SETS),
    "holdout2": (REPOSITORY_ROOT / "tests" / "data" / "holdout2", HOLDOUT2_SETS),
    "holdout3": (REPOSITORY_ROOT / "tests" / "data" / "holdout3", HOLDOUT3_SETS),
    "holdout4": (REPOSITORY_ROOT / "tests" / "data" / "holdout4", HOLDOUT4_SETS),
    "holdout5": (REPOSITORY_ROOT / "tests" / "data" / "holdout5", HOLDOUT5_SETS),
    "holdout6": (REPOSITORY_ROOT / "tests" / "data" / "holdout6", HOLDOUT6_SETS),
    "holdout7": (REPOSITORY_ROOT / "tests" / "data" / "holdout7", HOLDOUT7_SETS),
    "holdout8": (REPOSITORY_ROOT / "tests" / "data" / "holdout8", HOLDOUT8_SETS),
    "holdout9": (REPOSITORY_ROOT / "tests" / "data" / "holdout9", HOLDOUT9_SETS),
    "holdout10": (REPOSITORY_ROOT / "tests" / "data" / "holdout10", HOLDOUT10_SETS),
    "holdout11": (REPOSITORY_ROOT / "tests" / "data" / "holdout11", HOLDOUT11_SETS),
    "holdout12": (REPOSITORY_ROOT / "tests" / "data" / "holdout12", HOLDOUT12_SETS),
    "holdout13": (REPOSITORY_ROOT / "tests" / "data" / "holdout13", HOLDOUT13_SETS),
    "holdout14": (REPOSITORY_ROOT / "tests" / "data" / "holdout14", HOLDOUT14_SETS),
    "holdout15": (REPOSITORY_ROOT / "tests" / "data" / "holdout15", HOLDOUT15_SETS),
    "holdout16": (REPOSITORY_ROOT / "tests" / "data" / "holdout16", HOLDOUT16_SETS),
    "holdout17": (REPOSITORY_ROOT / "tests" / "data" / "holdout17", HOLDOUT17_SETS),
    "holdout18": (REPOSITORY_ROOT / "tests" / "data" / "holdout18", HOLDOUT18_SETS),
    "holdout19": (REPOSITORY_ROOT / "tests" / "data" / "holdout19", HOLDOUT19_SETS),
    "holdout20": (REPOSITORY_ROOT / "tests" / "data" / "holdout20", HOLDOUT20_SETS),
    "holdout21": (REPOSITORY_ROOT / "tests" / "data" / "holdout21", HOLDOUT21_SETS),
    "holdout22": (REPOSITORY_ROOT / "tests" / "data" / "holdout22", HOLDOUT22_SETS),
    "holdout23": (REPOSITORY_ROOT / "tests" / "data" / "holdout23", HOLDOUT23_SETS),
    "holdout24": (REPOSITORY_ROOT / "tests" / "data" / "holdout24", HOLDOUT24_SETS),
    "holdout25": (REPOSITORY_ROOT / "tests" / "data" / "holdout25", HOLDOUT25_SETS),
    "holdout26": (REPOSITORY_ROOT / "tests" / "data" / "holdout26", HOLDOUT26_SETS),
    "holdout27": (REPOSITORY_ROOT / "tests" / "data" / "holdout27", HOLDOUT27_SETS),
    "holdout28": (REPOSITORY_ROOT / "tests" / "data" / "holdout28", HOLDOUT28_SETS),
    "holdout29": (REPOSITORY_ROOT / "tests" / "data" / "holdout29", HOLDOUT29_SETS),
    "holdout30": (REPOSITORY_ROOT / "tests" / "data" / "holdout30", HOLDOUT30_SETS),
    "holdout31": (REPOSITORY_ROOT / "tests" / "data" / "holdout31", HOLDOUT31_SETS),
    "holdout32": (REPOSITORY_ROOT / "tests" / "data" / "holdout32", HOLDOUT32_SETS),
    "holdout33": (REPOSITORY_ROOT / "tests" / "data" / "holdout33", HOLDOUT33_SETS),
    "holdout34": (REPOSITORY_ROOT / "tests" / "data" / "holdout34", HOLDOUT34_SETS),
    "holdout35": (REPOSITORY_ROOT / "tests" / "data" / "holdout35", HOLDOUT35_SETS),
    "holdout36": (REPOSITORY_ROOT / "tests" / "data" / "holdout36", HOLDOUT36_SETS),
    "holdout37": (REPOSITORY_ROOT / "tests" / "data" / "holdout37", HOLDOUT37_SETS),
    "holdout38": (REPOSITORY_ROOT / "tests" / "data" / "holdout38", HOLDOUT38_SETS),
    "holdout39": (REPOSITORY_ROOT / "tests" / "data" / "holdout39", HOLDOUT39_SETS),
    "holdout40": (REPOSITORY_ROOT / "tests" / "data" / "holdout40", HOLDOUT40_SETS),
    "holdout41": (REPOSITORY_ROOT / "tests" / "data" / "holdout41", HOLDOUT41_SETS),
    "holdout42": (REPOSITORY_ROOT / "tests" / "data" / "holdout42", HOLDOUT42_SETS),
    "holdout43": (REPOSITORY_ROOT / "tests" / "data" / "holdout43", HOLDOUT43_SETS),
    "holdout44": (REPOSITORY_ROOT / "tests" / "data" / "holdout44", HOLDOUT44_SETS),
    "holdout45": (REPOSITORY_ROOT / "tests" / "data" / "holdout45", HOLDOUT45_SETS),
    "holdout46": (REPOSITORY_ROOT / "tests" / "data" / "holdout46", HOLDOUT46_SETS),
    "holdout47": (REPOSITORY_ROOT / "tests" / "data" / "holdout47", HOLDOUT47_SETS),
    "holdout48": (REPOSITORY_ROOT / "tests" / "data" / "holdout48", HOLDOUT48_SETS),
    "holdout49": (REPOSITORY_ROOT / "tests" / "data" / "holdout49", HOLDOUT49_SETS),
    "holdout50": (REPOSITORY_ROOT / "tests" / "data" / "holdout50", HOLDOUT50_SETS),
    "holdout51": (REPOSITORY_ROOT / "tests" / "data" / "holdout51", HOLDOUT51_SETS),
}
MODEL_NAME = "qwen2.5-coder-0.5b-instruct"


def run_set(filename: str, limit: int | None, directory: Path) -> dict:
    from django.core.management import call_command

    lines = (REPOSITORY_ROOT / "tests" / "data" / filename).read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip()][:limit]
    path = directory / filename
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    started = time.monotonic()
    call_command("evaluate", "--org", "demo", "--qa", str(path), "-k", "3", "--answers", "--json", stdout=out)
    report = json.loads(out.getvalue())
    report["seconds"] = time.monotonic() - started
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an OpenAI-compatible server to use instead of the packaged model")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="demo", help="the demo documents, four JaQuAD articles, five presentation decks, five office documents, six workplace documents, four holdout documents, the five of holdout2, the five of holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50 or holdout51")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--details", action="store_true", help="print every answer")
    arguments = parser.parse_args()
    names = [name.strip() for name in arguments.sets.split(",") if name.strip()]

    url = arguments.url.rstrip("/") if arguments.url else f"http://127.0.0.1:{free_port()}/v1"
    home = start_appliance(extra_environment={"LLM_URLS": url, "LLM_MODEL": MODEL_NAME})
    server = None
    try:
        from appliance.components.llm.model_assets import model_path
        from appliance.components.llm.server import EmbeddedLLMServer
        from appliance.tenancy.services import organization_create

        print(f"machine: {machine_report()}")
        organization, _ = organization_create(slug="demo", name="デモ株式会社")
        documents_directory, sets = CORPORA[arguments.corpus]
        documents, chunks, seconds = ingest_demo_documents(organization, documents_directory)
        print(f"{arguments.corpus} documents: {documents} files, {chunks} chunks, ingested in {seconds:.0f} s")
        if not arguments.url:
            port = int(url.rsplit(":", 1)[1].split("/")[0])
            server = EmbeddedLLMServer(model_path=model_path(REPOSITORY_ROOT / "var"), port=port, threads=arguments.threads, alias=MODEL_NAME)
            server.start(log=print)
            wait_until_ready(url, SERVER_START_TIMEOUT)
        rows = []
        with tempfile.TemporaryDirectory() as directory:
            for name in names:
                report = run_set(sets[name], arguments.limit, Path(directory))
                items = report["questions"]
                accuracy = report["answer_accuracy"]
                refused = sum(item["refused"] for item in items) / len(items)
                unsupported = sum(bool(item["unsupported"]) for item in items)
                rows.append([name, len(items), f"{accuracy:.2f}", f"{refused:.2f}", unsupported, f"{report['seconds'] / len(items):.1f}"])
                print(f"  {name}: accuracy {accuracy:.2f} over {len(items)}", flush=True)
                if arguments.details:
                    for item in items:
                        mark = "ok " if item["answer_hit"] else "BAD"
                        print(f"    {mark} {item['id']}: {item['q']} -> {item['answer'][:120]!r} unsupported={item['unsupported']}")
        print_table(
            f"Answer accuracy on the {arguments.corpus} documents",
            ["set", "items", "accuracy", "refused", "with unsupported claims", "s/item"],
            rows,
            arguments.markdown,
        )
    finally:
        if server is not None:
            server.stop()
        stop_appliance(home)


if __name__ == "__main__":
    main()
