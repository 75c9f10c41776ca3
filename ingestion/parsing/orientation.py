"""Turning a page upright before it is read (layout.py): how far it is tilted, whether its lines
run top to bottom (a page turned a quarter), and mapping a box of the turned picture back onto
the picture as it was given, so a citation's region is outlined where the person sees it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

# Tilts searched when deskewing, in degrees: scans and phone photos are rarely off by more.
MAX_SKEW_DEGREES = 6.0
SKEW_PROFILE_WIDTH = 800
# Upright pages measure 1-30 (rows over columns), pages turned a quarter 0.03-0.05.
QUARTER_TURN_PROFILE_RATIO = 0.3


class Rectangle(Protocol):
    left: int
    top: int
    right: int
    bottom: int


def estimate_skew(image: Any) -> float:
    """The tilt (degrees, counter-clockwise) that makes the rows of ink sharpest: the variance
    of the horizontal projection peaks when text lines lie flat."""
    import numpy
    from PIL import Image

    scale = min(1.0, SKEW_PROFILE_WIDTH / max(image.size))
    small = image.resize((max(int(image.width * scale), 1), max(int(image.height * scale), 1)), Image.Resampling.BILINEAR)
    ink = small.point(lambda value: 255 if value < 128 else 0)

    def sharpness(angle: float) -> float:
        profile = numpy.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=True, fillcolor=0), dtype=numpy.float32).sum(axis=1)
        return float(numpy.var(numpy.diff(profile)))

    steps = int(MAX_SKEW_DEGREES)
    best = max((float(angle) for angle in range(-steps, steps + 1)), key=sharpness)
    fine = [best + offset / 10 for offset in range(-10, 11)]
    best = max(fine, key=sharpness)
    return 0.0 if abs(best) < 0.3 else round(best, 1)


def lines_run_down(image: Any) -> bool:
    """Whether the page's lines (and rules) run top to bottom: a page turned a quarter, whose
    ink profile is far sharper across the columns than across the rows. Tesseract reads such
    a page at 0° one glyph at a time with high confidence, so confidence alone misses it."""
    import numpy
    from PIL import Image

    scale = min(1.0, SKEW_PROFILE_WIDTH / max(image.size))
    small = image.resize((max(int(image.width * scale), 1), max(int(image.height * scale), 1)), Image.Resampling.BILINEAR)
    ink = (numpy.asarray(small) < 128).astype(numpy.float32)
    across_rows = float(numpy.var(numpy.diff(ink.mean(axis=1))))
    across_columns = float(numpy.var(numpy.diff(ink.mean(axis=0))))
    return across_rows < QUARTER_TURN_PROFILE_RATIO * across_columns


@dataclass(frozen=True)
class Turn:
    """How the read image was made from the given one, to map regions back."""

    given_width: int
    given_height: int
    scale: float  # read pixels per given pixel
    rotation: int  # degrees counter-clockwise (PIL's rotate), quarter turns
    skew: float  # degrees counter-clockwise, after the quarter turn

    def to_given(self, box: Rectangle) -> tuple[float, float, float, float]:
        """A box of the read image as fractions of the given image."""
        corners = [(box.left, box.top), (box.right, box.top), (box.left, box.bottom), (box.right, box.bottom)]
        width, height = self.given_width * self.scale, self.given_height * self.scale
        turned_width, turned_height = (height, width) if self.rotation in (90, 270) else (width, height)
        points = []
        for x, y in corners:
            x, y = _unrotate(x, y, self.skew, turned_width, turned_height)
            x, y = _unrotate(x, y, self.rotation, width, height)
            points.append((x / self.scale, y / self.scale))
        left = min(x for x, _ in points) / self.given_width
        right = max(x for x, _ in points) / self.given_width
        top = min(y for _, y in points) / self.given_height
        bottom = max(y for _, y in points) / self.given_height
        return tuple(round(min(max(value, 0.0), 1.0), 4) for value in (left, top, right, bottom))  # type: ignore[return-value]


def _unrotate(x: float, y: float, degrees: float, width: float, height: float) -> tuple[float, float]:
    """A point of `image.rotate(degrees, expand=True)` back in the image before it (width x height)."""
    if not degrees:
        return x, y
    radians = math.radians(degrees)
    cosine, sine = math.cos(radians), math.sin(radians)
    rotated_width = abs(width * cosine) + abs(height * sine)
    rotated_height = abs(width * sine) + abs(height * cosine)
    dx, dy = x - rotated_width / 2, y - rotated_height / 2
    # PIL turns the picture counter-clockwise on screen (y grows downwards).
    return width / 2 + dx * cosine - dy * sine, height / 2 + dx * sine + dy * cosine
