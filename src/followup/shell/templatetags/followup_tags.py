from django import template

from followup.shell import formatting

register = template.Library()


@register.filter
def when(value, zone_name: str) -> str:
    """{{ step.due_at|when:step.time_zone }} -> 'Tue 1 Dec, 15:00 Chicago time'."""
    return formatting.when(value, zone_name)


@register.simple_tag(takes_context=True)
def when_both(context, value, zone_name: str) -> str:
    """{% when_both step.due_at step.time_zone %}: their time and the user's own."""
    return formatting.when_both(value, zone_name, _user_zone(context))


@register.filter
def day(value) -> str:
    return formatting.day(value)


@register.simple_tag
def relative(value, now) -> str:
    return formatting.relative(value, now) if value else ""


@register.simple_tag(takes_context=True)
def note_status(context, step):
    """{% note_status step as status %}: where the step's note is, in the user's own time."""
    from followup.shell.note_status import note_status as status_of

    return status_of(step, _user_zone(context))


def _user_zone(context) -> str:
    # Worked out once per page: the dashboard lists many steps.
    if "_user_zone" not in context.dicts[0]:
        context.dicts[0]["_user_zone"] = formatting.user_zone(context["request"].user)
    return context.dicts[0]["_user_zone"]


@register.simple_tag(takes_context=True)
def current(context, names: str) -> str:
    """aria-current on the navigation link of the section this page is in."""
    from django.utils.safestring import mark_safe

    match = getattr(context.get("request"), "resolver_match", None)
    return mark_safe(' aria-current="page"') if match and match.url_name in names.split() else ""


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if isinstance(mapping, dict) else ""
