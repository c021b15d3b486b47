from django import template

from followup.shell import formatting

register = template.Library()


@register.filter
def when(value, zone_name: str) -> str:
    """{{ step.due_at|when:step.time_zone }} -> 'Tue 1 Dec, 15:00 Chicago time'."""
    return formatting.when(value, zone_name)


@register.filter
def day(value) -> str:
    return formatting.day(value)


@register.simple_tag
def relative(value, now) -> str:
    return formatting.relative(value, now) if value else ""
