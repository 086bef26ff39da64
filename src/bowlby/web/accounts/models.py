from django.db import models


class LoginFailure(models.Model):
    """One failed log-in, kept for the lock-out window. Not personal data of a user: it keys on
    the name typed, which may not be anyone's."""

    username = models.CharField(max_length=150, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
