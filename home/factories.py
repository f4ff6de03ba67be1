"""Factories shared by the tests and the demo content (seeded, reproducible)."""

import io
import random

from django.core.files.images import ImageFile

import wagtail_factories
from wagtail.images import get_image_model

import factory
from PIL import Image as PILImage
from PIL import ImageDraw

from .models import HomePage

# Colours of the Bootstrap Italia palette, as RGB.
PALETTES = [
    [(0, 102, 204), (0, 68, 136), (229, 241, 250)],
    [(0, 138, 92), (0, 92, 61), (229, 245, 239)],
    [(166, 63, 20), (121, 46, 14), (250, 236, 229)],
    [(102, 51, 153), (70, 35, 105), (240, 233, 247)],
]


def draw_lead_image(seed: int, width: int = 1200, height: int = 675) -> io.BytesIO:
    """An abstract illustration (overlapping circles on a soft background) as PNG bytes.

    The same seed always gives the same picture."""
    rng = random.Random(seed)  # noqa: S311 - a drawing, not a secret
    strong, dark, light = PALETTES[seed % len(PALETTES)]
    picture = PILImage.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    for _ in range(9):
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = strong if rng.random() < 0.6 else dark
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colour, width=12)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Illustrazione {n}")
    file = factory.LazyAttributeSequence(
        lambda obj, n: ImageFile(draw_lead_image(n, 320, 180), name=f"illustrazione-{n}.png")
    )
    description = "Illustrazione astratta con cerchi colorati sovrapposti."


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Welfare di comunità"
    slug = "home"
    hero_title = "Il welfare che costruiamo insieme"
    hero_text = "Servizi e spiegazioni per chi vive e lavora nei Comuni della rete."
