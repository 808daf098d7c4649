"""Numbered references: [1], [2] in the text link to the list after the body and back."""

import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# A tag (quoted attribute values may hold ">") or a comment; the text between
# tokens is what a reader sees, and only there are citations linked.
TOKEN = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
CITATION = re.compile(r"\[(\d{1,3})\]")
# Text inside these is left alone: a citation cannot be a link inside a link.
SKIP_INSIDE = {"a", "script", "style", "textarea"}


def link_citations(html: str, count: int) -> tuple[SafeString, set[int]]:
    """Turn [n] in the text of `html` into a link to reference n (1 ≤ n ≤ count).

    The first citation of each number gets id="cite-n", which the reference's
    "Back to text" link points to. Numbers without a reference, text inside links
    and anything inside tags (attributes, comments) are left as they are.
    Returns the HTML and the set of numbers cited.
    """
    cited: set[int] = set()

    def link(match: re.Match) -> str:
        number = int(match.group(1))
        if not 1 <= number <= count:
            return match.group(0)
        anchor = "" if number in cited else f' id="cite-{number}"'
        cited.add(number)
        return (
            f'<a class="citation" href="#ref-{number}"{anchor}>'
            f'<span class="visually-hidden">Reference </span>[{number}]</a>'
        )

    out, position, skipping = [], 0, []
    for token in TOKEN.finditer(html):
        text = html[position : token.start()]
        out.append(text if skipping else CITATION.sub(link, text))
        out.append(token.group(0))
        position = token.end()
        if name := TAG_NAME.match(token.group(0)):
            closing, tag = name.group(1), name.group(2).lower()
            if tag in SKIP_INSIDE:
                if closing:
                    if tag in skipping:
                        skipping.remove(tag)
                elif not token.group(0).rstrip(">").endswith("/"):
                    skipping.append(tag)
    tail = html[position:]
    out.append(tail if skipping else CITATION.sub(link, tail))
    return mark_safe("".join(out)), cited


class CitationsNode(template.Node):
    def __init__(self, references, nodelist):
        self.references = references
        self.nodelist = nodelist

    def render(self, context) -> str:
        references = list(self.references.resolve(context) or [])
        html, cited = link_citations(self.nodelist.render(context), len(references))
        entries = [
            {"number": number, "block": block, "cited": number in cited}
            for number, block in enumerate(references, start=1)
        ]
        listing = context.template.engine.get_template(
            "includes/references.html"
        ).render(context.new({"references": entries}))
        return format_html("{}{}", html, mark_safe(listing))


@register.tag
def citations(parser, token):
    """{% citations page.references %}…body…{% endcitations %}

    Renders the body with its [n] citations linked, followed by the numbered
    list of references (nothing if there are none).
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(
            "{% citations %} takes one argument: the page's references."
        )
    nodelist = parser.parse(("endcitations",))
    parser.delete_first_token()
    return CitationsNode(parser.compile_filter(bits[1]), nodelist)
