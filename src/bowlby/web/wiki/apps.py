from django.apps import AppConfig


class WikiConfig(AppConfig):
    """Articles, revisions and search."""

    name = "bowlby.web.wiki"
    label = "wiki"
    verbose_name = "Wiki"
