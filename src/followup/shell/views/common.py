from django.shortcuts import redirect


def redirect_back(request, default):
    """Back to the page the form came from (`next`), if it is one of ours; else `default`."""
    target = request.POST.get("next", "")
    # Only our own paths: an open redirect would let a link bounce users to another site.
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(default)
