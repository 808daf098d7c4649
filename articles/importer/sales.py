"""Find adverts and calls to action by what they say, and remove them whole.

The body is read as sections: a heading and what follows it up to the next
heading (the opening lines form a section without a heading). A section is a
sales section when it holds no myth card and no FAQ answer that informs, and
either its heading is a call to action ("Call to action", "Order now") or most of
its lines sell (order and buy wording, prices, vendor slogans, a third party's
contact details removed by stripping.py), with selling words and a contact detail
or price among them, and at most one line does not sell (any number if the
heading sells). A sales section goes whole: its heading, slogans and what is left
of its contact lines; sub-sections of it that hold nothing else go with it. A
price alone ("a prescription costs £9.90") does not make text an advert.

Inside any other section a run of selling lines goes if it has selling words and
sits on a removed contact detail or names a price, together with a short line
just before it that introduces it (a heading the importer did not recognise as one). An FAQ answer
goes only if it sells, and its question with it when no answer is left; myth cards
and the rest of the section stay. "Call 999", "contact the clinic" and warnings
such as "do not buy ketamine online" are not selling.
"""

import re
from dataclasses import dataclass

from .body import Block
from .lines import heading_like, plain
from .report import Removal

SALES_REMOVAL = "advert or call to action (the clinic's contact page is linked instead)"
CONTACT_KINDS = {"phone number", "email address", "website", "contact line"}
# A heading that by itself says the section is a call to action.
CTA_HEADING_RE = re.compile(
    r"\b(?:call to action|take the next step|order (?:now|today|online)|"
    r"buy (?:now|today|online)|shop now|where to buy|our products)\b",
    re.IGNORECASE,
)
# Words that sell.
SELLING_RE = re.compile(
    r"\b(?:buy|buying|purchase|checkout|add to (?:cart|basket)|"
    r"(?:online|web|our) (?:shop|store)|shop (?:now|online|today)|"
    r"order (?:now|today|online|yours)|place (?:an|your) order|in stock|"
    r"(?:fast|free|discreet|express|worldwide|next[- ]day|same[- ]day) "
    r"(?:delivery|shipping|dispatch|packaging)|ship(?:s|ping)? worldwide|"
    r"discounts?|coupons?|promo(?:tion(?:al)?)? codes?|special offers?|"
    r"limited[- ]time|best prices?|lowest prices?|money[- ]back|guaranteed?|"
    r"no prescription|without (?:a )?prescription|products?|"
    r"our (?:partners?|range|store|shop|pharmacy|experts)|"
    r"(?:reliable|trusted|leading) (?:partner|supplier|source|provider)s?|"
    r"excellence|campaigns?|call (?:now|today|us today)|act now|don'?t wait|"
    r"take the next step|customers|trusted by|[\w-]+-based solutions|"
    r"speak (?:with|to) (?:our )?experts)\b",
    re.IGNORECASE,
)
# A heading that asks readers to get in touch sells when what follows does.
CONTACT_HEADING_RE = re.compile(r"\b(?:contact us|get in touch)\b", re.IGNORECASE)
PRICE_RE = re.compile(
    r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:USD|GBP|EUR|dollars|pounds|euros)\b|\b\d{1,2}\s?% off\b",
    re.IGNORECASE,
)
# Selling words after one of these are a warning, not a sale.
NEGATION_RE = re.compile(
    r"\b(?:not|never|no|nothing|avoid|don'?t|cannot|can'?t|won'?t|shouldn'?t)\b",
    re.IGNORECASE,
)
WARNING_RE = re.compile(
    r"\b(?:fake|counterfeit|illegal|unsafe|dangerous|scams?|risks?)\b", re.IGNORECASE
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class _Unit:
    """One thing of the draft the decision is made on: a heading, a paragraph,
    a list item, an FAQ question or answer, a myth card, or a line stripping.py
    removed whole ("removed")."""

    kind: str
    block: Block | None
    index: int  # paragraph, list item or FAQ within the block
    sub: int  # answer within the FAQ
    lines: list[int]
    text: str
    contact: bool = False
    price: bool = False
    selling: bool = False

    @property
    def sells(self) -> bool:
        if self.kind in ("myth", "question", "heading"):
            return False
        return self.selling or self.price or self.kind == "removed"

    @property
    def first(self) -> int:
        return min(self.lines) if self.lines else 0


def drop_sales(blocks: list[Block], removals: list[Removal]) -> bool:
    """Remove sales sections and selling runs from blocks; True if anything went."""
    contexts: dict[int, list[str]] = {}
    for removal in removals:
        if removal.kind in CONTACT_KINDS:
            contexts.setdefault(removal.line, []).append(
                removal.context or removal.text
            )
    units = _units(blocks, contexts)
    doomed: list[_Unit] = []
    sections = _sections(units)
    in_sales_h2 = False  # reading the sub-sections of an h2 sales section
    for heading, body in sections:
        level = heading.block.level if heading is not None else ""
        if in_sales_h2 and level == "h3" and not _has_content(body):
            doomed += [heading, *body]
            continue
        in_sales_h2 = False
        if _is_sales_section(heading, body) or _is_empty_parent(
            heading, body, sections
        ):
            doomed += [u for u in [heading, *body] if u is not None]
            in_sales_h2 = level == "h2"
            continue
        doomed += _selling_runs(body)
    doomed = [unit for unit in doomed if unit.kind != "removed"]
    if not doomed:
        return False
    _remove(blocks, doomed, removals)
    return True


def _sells(text: str) -> bool:
    for sentence in SENTENCE_RE.split(text):
        if WARNING_RE.search(sentence):
            continue
        for match in SELLING_RE.finditer(sentence):
            if not NEGATION_RE.search(sentence[: match.start()]):
                return True
    return False


def _units(blocks: list[Block], contexts: dict[int, list[str]]) -> list[_Unit]:
    units: list[_Unit] = []
    placed: set[int] = set()
    for block in blocks:
        if block.kind == "heading":
            units.append(_Unit("heading", block, 0, 0, block.lines, block.text))
        elif block.kind == "paragraph":
            for i, (runs, lines) in enumerate(
                zip(block.parts, block.part_lines, strict=True)
            ):
                units.append(_Unit("part", block, i, 0, list(lines), plain(runs)))
        elif block.kind == "list":
            for i, (runs, line) in enumerate(
                zip(block.parts, block.source, strict=True)
            ):
                units.append(_Unit("item", block, i, 0, [line.number], plain(runs)))
        elif block.kind == "faq_group":
            for i, faq in enumerate(block.faqs):
                units.append(
                    _Unit("question", block, i, 0, faq.lines[:1], faq.question)
                )
                answers = zip(faq.answer, faq.lines[1:], strict=True)
                for j, ((_, runs), number) in enumerate(answers):
                    units.append(_Unit("answer", block, i, j, [number], plain(runs)))
        elif block.kind == "myth_cards":
            for i, myth in enumerate(block.myths):
                units.append(_Unit("myth", block, i, 0, myth.lines, myth.myth))
        placed.update(block.lines)
    for number in sorted(set(contexts) - placed):
        units.append(_Unit("removed", None, 0, 0, [number], " ".join(contexts[number])))
    units.sort(key=lambda unit: unit.first)  # stable: a block's units keep their order
    for unit in units:
        unit.contact = any(number in contexts for number in unit.lines)
        unit.price = bool(PRICE_RE.search(unit.text))
        unit.selling = _sells(unit.text) or (
            unit.kind == "heading" and bool(CONTACT_HEADING_RE.search(unit.text))
        )
    return units


def _sections(units: list[_Unit]) -> list[tuple[_Unit | None, list[_Unit]]]:
    sections: list[tuple[_Unit | None, list[_Unit]]] = [(None, [])]
    for unit in units:
        if unit.kind == "heading":
            sections.append((unit, []))
        else:
            sections[-1][1].append(unit)
    return [section for section in sections if section[0] or section[1]]


def _has_content(body: list[_Unit]) -> bool:
    """A myth card, or an FAQ answer that does not sell, keeps its section."""
    return any(
        unit.kind == "myth" or (unit.kind == "answer" and not unit.sells)
        for unit in body
    )


def _is_sales_section(heading: _Unit | None, body: list[_Unit]) -> bool:
    if _has_content(body):
        return False
    if heading is not None and CTA_HEADING_RE.search(heading.text):
        return True
    judged = [unit for unit in body if unit.kind != "question"]
    if not judged:
        return False
    everything = judged + ([heading] if heading is not None else [])
    strong = any(unit.contact or unit.price for unit in everything)
    selling = any(unit.selling for unit in everything)
    sales = sum(unit.sells for unit in judged)
    # Two lines that do not sell are the section's own: only the advert in it goes.
    few_others = len(judged) - sales <= 1 or (heading is not None and heading.selling)
    return strong and selling and 2 * sales > len(judged) and few_others


def _is_empty_parent(heading, body, sections) -> bool:
    """An h2 with nothing under it but h3 sections that are all sales sections."""
    if heading is None or body or heading.block.level != "h2":
        return False
    start = next(i for i, (h, _) in enumerate(sections) if h is heading) + 1
    children = []
    for child_heading, child_body in sections[start:]:
        if child_heading.block.level != "h3":
            break
        children.append(_is_sales_section(child_heading, child_body))
    return bool(children) and all(children)


def _selling_runs(body: list[_Unit]) -> list[_Unit]:
    """Runs of selling units that sit on a removed contact detail or give a price."""
    doomed: list[_Unit] = []
    index = 0
    while index < len(body):
        if not body[index].sells:
            index += 1
            continue
        end = index
        while end < len(body) and body[end].sells:
            end += 1
        run = body[index:end]
        before = body[index - 1] if index else None
        after = body[end] if end < len(body) else None
        near_contact = any(
            unit is not None and unit.contact for unit in [*run, before, after]
        )
        if any(u.selling for u in run) and (near_contact or any(u.price for u in run)):
            doomed += run
            if (
                before is not None
                and before.kind == "part"
                and (heading_like(before.text) or before.text.endswith("?"))
            ):
                doomed.append(before)  # the advert's own heading, read as a line
        index = end
    return doomed


def _remove(blocks: list[Block], doomed: list[_Unit], removals: list[Removal]):
    """Take the doomed units out of their blocks and list their lines as removed."""
    reported: set[tuple[int, str]] = set()

    def report(block: Block, numbers: list[int]):
        for line in block.source:
            key = (line.number, line.text.strip())
            if line.number in numbers and key not in reported:
                reported.add(key)
                removals.append(Removal(SALES_REMOVAL, key[1], line.number))

    gone = {id(unit.block) for unit in doomed if unit.kind == "heading"}
    by_block: dict[int, list[_Unit]] = {}
    for unit in doomed:
        by_block.setdefault(id(unit.block), []).append(unit)
        report(unit.block, unit.lines)
    for block in blocks:
        units = by_block.get(id(block), [])
        if not units:
            continue
        if block.kind in ("paragraph", "list"):
            drop = {unit.index for unit in units}
            keep = [i for i in range(len(block.parts)) if i not in drop]
            if block.kind == "paragraph":
                block.part_lines = [block.part_lines[i] for i in keep]
                kept_lines = {n for lines in block.part_lines for n in lines}
                block.source = [s for s in block.source if s.number in kept_lines]
            else:
                block.source = [block.source[i] for i in keep]
            block.parts = [block.parts[i] for i in keep]
            if not block.parts:
                gone.add(id(block))
        elif block.kind == "faq_group":
            for unit in units:
                faq = block.faqs[unit.index]
                if unit.kind == "question":
                    faq.answer = []  # the whole FAQ goes
                elif unit.sub < len(faq.answer):
                    faq.answer[unit.sub] = None
            for faq in block.faqs:
                pairs = [
                    (answer, number)
                    for answer, number in zip(faq.answer, faq.lines[1:], strict=False)
                    if answer is not None
                ]
                if not pairs:
                    report(block, faq.lines)
                faq.answer = [answer for answer, _ in pairs]
                faq.lines = faq.lines[:1] + [number for _, number in pairs]
            block.faqs = [faq for faq in block.faqs if faq.answer]
            kept_lines = {n for faq in block.faqs for n in faq.lines}
            block.source = [s for s in block.source if s.number in kept_lines]
            if not block.faqs:
                gone.add(id(block))
    blocks[:] = [block for block in blocks if id(block) not in gone]
