"""``python -m servicepsych.trainer`` = ``./kit materials``."""

import sys

from .build import main

sys.exit(main())
