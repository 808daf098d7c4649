"""FAQs as schema.org Questions, and FAQ pages as schema.org FAQPage nodes."""

from richtext.text import plain_text

from .blocks import live_items


def question(faq) -> dict:
    """An FAQ snippet as a schema.org Question with its accepted Answer."""
    return {
        "@type": "Question",
        "name": faq.question,
        "acceptedAnswer": {"@type": "Answer", "text": plain_text(faq.answer)},
    }


def faqs_in(stream, locale_id: int | None = None) -> list:
    """The live FAQ snippets chosen in a StreamField's FAQ groups, first appearance
    only, in the locale `locale_id` (the page's) as its FAQ groups show them."""
    chosen = [
        faq
        for block in stream or []
        if block.block_type == "faq_group"
        for faq in block.value["faqs"]
    ]
    seen, faqs = set(), []
    for faq in live_items(chosen, locale_id):
        if faq.pk not in seen:
            seen.add(faq.pk)
            faqs.append(faq)
    return faqs


def faq_page(url: str, faqs: list, **properties) -> dict:
    return {
        "@type": "FAQPage",
        "@id": f"{url}#faqs" if properties.get("@id") is None else properties["@id"],
        "url": url,
        **properties,
        "mainEntity": [question(faq) for faq in faqs],
    }
