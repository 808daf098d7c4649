"""What an import created and removed, for the preview, the command and tests."""

from dataclasses import dataclass, field


class DocumentError(ValueError):
    """The document cannot be imported; the message is one sentence for the editor."""


@dataclass
class Removal:
    """Text left out of the draft: what it was, why, and where in the source."""

    kind: str  # "phone number", "email address", "website", "table of contents"…
    text: str
    line: int
    context: str = ""  # the whole sentence removed with it, if longer

    def __str__(self) -> str:
        extra = (
            f" (in: “{self.context}”)"
            if self.context and self.context != self.text
            else ""
        )
        return f"{self.kind}: “{self.text}”{extra}"


@dataclass
class BlockSummary:
    """One block of the draft body, described for the report."""

    kind: str  # the StreamField block name: heading, paragraph, list…
    description: str
    lines: list[int]


@dataclass
class SnippetSummary:
    kind: str  # "FAQ" or "myth card"
    text: str
    reused: bool
    note: str = ""


@dataclass
class ImportReport:
    filename: str
    unit: str  # "line" (.txt, .md) or "paragraph" (.docx)
    title: str = ""
    summary: str = ""
    slug: str = ""
    parent_title: str = ""
    blocks: list[BlockSummary] = field(default_factory=list)
    snippets: list[SnippetSummary] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source_lines: list[int] = field(default_factory=list)
    draft_lines: set[int] = field(default_factory=set)
    dry_run: bool = False
    page_id: int | None = None

    @property
    def sorted_removals(self) -> list[Removal]:
        return sorted(self.removals, key=lambda removal: removal.line)

    @property
    def reported_lines(self) -> set[int]:
        return {removal.line for removal in self.removals}

    @property
    def unaccounted_lines(self) -> list[int]:
        covered = self.draft_lines | self.reported_lines
        return [number for number in self.source_lines if number not in covered]

    @property
    def accounting(self) -> str:
        total = len(self.source_lines)
        missing = self.unaccounted_lines
        if missing:
            return f"{len(missing)} of {total} {self.unit}s with text are missing: {missing}."
        in_draft = len(set(self.source_lines) & self.draft_lines)
        only_report = total - in_draft
        return (
            f"All {total} {self.unit}s with text are accounted for: {in_draft} in the "
            f"draft and {only_report} only in this report."
        )

    def as_text(self) -> str:
        verb = "Would create" if self.dry_run else "Created"
        lines = [
            f"{verb} a draft article “{self.title}” under “{self.parent_title}” (slug {self.slug}).",
            "It is not published: review it in the editor first.",
            f"Summary: {self.summary}",
            "",
            f"Body ({len(self.blocks)} blocks):",
        ]
        lines += [
            f"  {block.kind}: {block.description} [{self.unit} {_span(block.lines)}]"
            for block in self.blocks
        ]
        if self.snippets:
            lines += ["", "Snippets:"]
            for snippet in self.snippets:
                action = "reuse" if snippet.reused else "create"
                action = f"would {action}" if self.dry_run else f"{action}d"
                note = f" ({snippet.note})" if snippet.note else ""
                lines.append(f"  {action} {snippet.kind}: {snippet.text}{note}")
        lines += ["", f"Removed ({len(self.removals)}):"]
        lines += [
            f"  {self.unit} {removal.line}: {removal}"
            for removal in self.sorted_removals
        ] or ["  nothing"]
        if self.notes:
            lines += ["", "Notes:"] + [f"  {note}" for note in self.notes]
        lines += ["", self.accounting]
        return "\n".join(lines)


def _span(numbers: list[int]) -> str:
    if not numbers:
        return "-"
    low, high = min(numbers), max(numbers)
    return str(low) if low == high else f"{low}–{high}"
