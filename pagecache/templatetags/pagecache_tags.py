"""`{% cached_part %}`: a part of a template kept until the next editor's change.

    {% load pagecache_tags %}
    {% cached_part "article" page.pk request.get_host %}...{% endcached_part %}

The part is rendered once per page-cache generation and set of values given
(pagecache.cache.cached_for_generation), so publishing or changing anything a
page shows renders it afresh, as whole pages are. Whatever the part reads from
the context is only evaluated when it is rendered: pass expensive things to the
template lazily (a method, not its result). Previews and signed-in users (who
may see drafts or editor tools) always get it rendered afresh.
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from pagecache.cache import cached_for_generation

register = template.Library()


class CachedPartNode(template.Node):
    def __init__(self, nodelist, names):
        self.nodelist = nodelist
        self.names = names

    def render(self, context):
        request = context.get("request")
        user = getattr(request, "user", None)
        if (
            request is None
            or getattr(request, "is_preview", False)
            or (user is not None and user.is_authenticated)
        ):
            return self.nodelist.render(context)
        values = [str(name.resolve(context)) for name in self.names]
        digest = hashlib.sha256("\x1f".join(values).encode()).hexdigest()
        return mark_safe(
            cached_for_generation(
                f"fragment:{digest}", lambda: str(self.nodelist.render(context))
            )
        )


@register.tag
def cached_part(parser, token):
    names = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not names:
        raise template.TemplateSyntaxError("cached_part needs a name for the part")
    nodelist = parser.parse(("endcached_part",))
    parser.delete_first_token()
    return CachedPartNode(nodelist, names)
