from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "followup.shell"
    label = "followup"
    verbose_name = "Followup"
