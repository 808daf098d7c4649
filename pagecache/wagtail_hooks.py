from wagtail import hooks

from .cache import mark_cacheable

# Pages served by Wagtail may go into the page cache (pagecache/cache.py).
hooks.register("before_serve_page", mark_cacheable)
