"""Accessible colour pairs derived from the clinic's brand colour.

The brand colour is used as link and accent text on the page background and as
the background of white text (the header, selected filters). From it come a
darker shade (the header, link hover) and lighter shades for dark mode, each
mixed with black or white only as far as needed to reach its contrast target.
Ratios follow WCAG 2.2 (relative luminance of sRGB colours).
"""

import re
from dataclasses import dataclass

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# The page backgrounds of static/css/site.css the brand colour sits on; the
# softer grey of each mode is the harder one to stand out from.
LIGHT_BACKGROUND = "#f0f4f7"
DARK_BACKGROUND = "#1d2329"
WHITE = "#ffffff"
BLACK = "#000000"

AA = 4.5  # text, WCAG 1.4.3
AAA = 7.0  # body text, WCAG 1.4.6


def rgb(colour: str) -> tuple[int, int, int]:
    if not HEX_COLOUR.match(colour):
        raise ValueError(f"{colour!r} is not a colour like #005a9c")
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: str, towards: str, amount: float) -> str:
    """`colour` moved `amount` (0 to 1) of the way to `towards`."""
    return "#" + "".join(
        f"{round(a + (b - a) * amount):02x}"
        for a, b in zip(rgb(colour), rgb(towards), strict=True)
    )


def shade_reaching(colour: str, towards: str, against: str, target: float) -> str:
    """The least mix of `colour` with `towards` that has `target` contrast
    with `against` (all the way to `towards` if nothing less does)."""
    for step in range(101):
        candidate = mix(colour, towards, step / 100)
        if contrast_ratio(candidate, against) >= target:
            return candidate
    return towards


@dataclass(frozen=True)
class BrandPalette:
    brand: str  # text and accents on the light page, background of white text
    brand_dark: str  # header background and link hover in light mode
    dark_mode_brand: str  # links and accents on the dark page
    dark_mode_brand_dark: str  # link hover in dark mode

    def css(self) -> str:
        return (
            f":root{{--brand:{self.brand};--brand-dark:{self.brand_dark}}}"
            "@media (prefers-color-scheme:dark){"
            f":root{{--brand:{self.dark_mode_brand};"
            f"--brand-dark:{self.dark_mode_brand_dark}}}}}"
        )


def brand_problem(colour: str) -> str:
    """Why `colour` cannot be the brand colour, or "" if it can."""
    try:
        ratio = contrast_ratio(colour, LIGHT_BACKGROUND)
    except ValueError:
        return (
            "Enter the colour as # and six letters (a to f) or digits, "
            "for example #005a9c."
        )
    if ratio >= AA:
        return ""
    darker = shade_reaching(colour, BLACK, LIGHT_BACKGROUND, AA)
    return (
        f"{colour} is too light: many people could not read links in it on the "
        f"page, or the header's white text on it. A darker shade such as {darker} "
        f"would work. (It stands out from the page by {ratio:.1f} to 1; links and "
        f"buttons need at least {AA} to 1.)"
    )


def brand_palette(colour: str) -> BrandPalette:
    """The accessible pairs for a brand colour that passes brand_problem()."""
    if problem := brand_problem(colour):
        raise ValueError(problem)
    colour = colour.lower()
    dark_mode_brand = shade_reaching(colour, WHITE, DARK_BACKGROUND, AAA)
    return BrandPalette(
        # Text in the brand colour is held to the body-text level (7:1), so a
        # colour between 4.5:1 and 7:1 is shown a little darker.
        brand=shade_reaching(colour, BLACK, LIGHT_BACKGROUND, AAA),
        brand_dark=shade_reaching(colour, BLACK, WHITE, AAA),
        dark_mode_brand=dark_mode_brand,
        dark_mode_brand_dark=shade_reaching(
            dark_mode_brand, WHITE, DARK_BACKGROUND, 10
        ),
    )
