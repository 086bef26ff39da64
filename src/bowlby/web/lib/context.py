"""Template context shared by every page."""

import bowlby


def site(request):
    return {"bowlby_version": bowlby.__version__}
