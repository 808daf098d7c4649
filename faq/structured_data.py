"""FAQs as schema.org Questions, and FAQ pages as schema.org FAQPage nodes."""

from richtext.text import plain_text


def question(faq) -> dict:
    """An FAQ snippet as a schema.org Question with its accepted Answer."""
    return {
        "@type": "Question",
        "name": faq.question,
        "acceptedAnswer": {"@type": "Answer", "text": plain_text(faq.answer)},
    }


def faqs_in(stream) -> list:
    """The live FAQ snippets chosen in a StreamField's FAQ groups, first appearance only."""
    seen, faqs = set(), []
    for block in stream or []:
        if block.block_type != "faq_group":
            continue
        for faq in block.value["faqs"]:
            if faq and faq.live and faq.pk not in seen:
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
