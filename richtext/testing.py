"""Test helpers for rich text cleaned by `richtext.text.clean_rich_text`.

The cleaner saves HTML as the editor does, and like the editor it gives every
paragraph and list item a random `data-block-key`. Tests that compare the HTML
exactly remove those keys, and only those, first.
"""

import re

BLOCK_KEY = re.compile(r' data-block-key="[a-z0-9]+"')
_BLOCK_TAG = re.compile(r"<(?:p|li|h[1-6]|blockquote)\b[^>]*>")


def without_block_keys(html: str) -> str:
    """`html` with the random `data-block-key` attributes removed, and nothing else."""
    return BLOCK_KEY.sub("", html)


def blocks_without_key(html: str) -> list[str]:
    """The opening tags of the paragraphs, list items and headings that have no key."""
    return [tag for tag in _BLOCK_TAG.findall(html) if not BLOCK_KEY.search(tag)]
