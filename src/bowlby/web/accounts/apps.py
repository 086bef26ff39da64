from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bowlby.web.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from bowlby.web.accounts.demo import load_demo_user
        from bowlby.web.accounts.export import export_account
        from bowlby.web.lib.demo import register_demo_loader
        from bowlby.web.lib.privacy import register_exporter

        register_exporter("account", export_account)
        register_demo_loader("accounts", load_demo_user, order=0)
