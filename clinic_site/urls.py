from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from articles.feeds import HealthInformationFeed
from home.feedback import feedback_comment, feedback_thanks, feedback_vote
from home.views import brand_stylesheet, healthz, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("robots.txt", robots_txt),
    path("feed/", HealthInformationFeed(), name="feed"),
    path("healthz/", healthz, name="healthz"),
    path("feedback/", feedback_vote, name="page_feedback_vote"),
    path(
        "feedback/comment/<str:token>/",
        feedback_comment,
        name="page_feedback_comment",
    ),
    path("feedback/thanks/", feedback_thanks, name="page_feedback_thanks"),
    path("brand.css", brand_stylesheet, name="brand_stylesheet"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving stays last: it matches every remaining path.
urlpatterns += [path("", include(wagtail_urls))]
