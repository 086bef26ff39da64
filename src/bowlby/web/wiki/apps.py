from django.apps import AppConfig


class WikiConfig(AppConfig):
    """Articles, revisions and search."""

    name = "bowlby.web.wiki"
    label = "wiki"
    verbose_name = "Wiki"

    def ready(self):
        from bowlby.web.lib.demo import register_demo_loader
        from bowlby.web.lib.privacy import register_exporter
        from bowlby.web.wiki.export import export_revisions
        from bowlby.web.wiki.services import load_demo_articles

        register_exporter("wiki", export_revisions)
        # Early: other apps' demo content may link to articles.
        register_demo_loader("wiki", load_demo_articles, order=5)
