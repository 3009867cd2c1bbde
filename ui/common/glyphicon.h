#pragma once

#include <QIcon>

// Icons drawn as simple shapes in the palette's text colour at paint time, so that they
// read on a light and on a dark theme alike: the stand-ins where the icon theme has none
// (the style's own play and pause are black, invisible on a dark toolbar).
namespace GlyphIcon {
enum class Shape { Play, Pause };

// The theme's icon `themeName` when the theme has it, else the drawn `shape`.
QIcon themedOr(const QString &themeName, Shape shape);
} // namespace GlyphIcon
