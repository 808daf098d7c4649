from django.urls import path

from .views import feedback_comment, feedback_thanks, feedback_vote

urlpatterns = [
    path("feedback/", feedback_vote, name="page_feedback_vote"),
    path(
        "feedback/comment/<str:token>/",
        feedback_comment,
        name="page_feedback_comment",
    ),
    path("feedback/thanks/", feedback_thanks, name="page_feedback_thanks"),
]
