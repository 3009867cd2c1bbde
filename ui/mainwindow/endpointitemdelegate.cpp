#include "endpointitemdelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <cmath>

namespace {

// Cells whose shaped text is kept: a screenful is a few hundred; more are kept so that
// scrolling back and forth, or a repaint after a refresh, finds them.
constexpr int KeptTexts = 2048;

Qt::Alignment alignmentOf(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Qt::Alignment>())
        return value.value<Qt::Alignment>();
    return Qt::Alignment(value.toInt());
}

} // namespace

EndpointItemDelegate::EndpointItemDelegate(QObject *parent) : QStyledItemDelegate(parent), m_texts(KeptTexts) {}

const QStaticText &EndpointItemDelegate::shapedText(const QString &text, int width,
                                                    const QStyleOptionViewItem &option) const
{
    if (option.font != m_font) {
        m_texts.clear();
        m_font = option.font;
    }
    TextKey key{text, width, int(option.textElideMode)};
    if (QStaticText *kept = m_texts.object(key))
        return *kept;
    auto *shaped = new QStaticText(option.fontMetrics.elidedText(text, option.textElideMode, width));
    shaped->setTextFormat(Qt::PlainText); // the server's text is never markup
    shaped->prepare(QTransform(), option.font);
    m_texts.insert(std::move(key), shaped);
    return *shaped;
}

void EndpointItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.isValid() && decoration.metaType() != QMetaType::fromType<QIcon>()) {
        QStyledItemDelegate::paint(painter, option, index); // a colour or an image: not the model's
        return;
    }

    // What initStyleOption() reads, for the roles EndpointTableModel gives.
    QStyleOptionViewItem opt = option;
    const QVariant display = index.data(Qt::DisplayRole);
    if (display.isValid() && !display.isNull()) {
        opt.features |= QStyleOptionViewItem::HasDisplay;
        opt.text = displayText(display, opt.locale);
    }
    if (decoration.isValid()) {
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.icon = qvariant_cast<QIcon>(decoration);
    }
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid())
        opt.displayAlignment = alignmentOf(alignment);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.canConvert<QBrush>())
        opt.palette.setBrush(QPalette::Text, qvariant_cast<QBrush>(foreground));
    const QVariant background = index.data(Qt::BackgroundRole);
    if (background.canConvert<QBrush>())
        opt.backgroundBrush = qvariant_cast<QBrush>(background);
    opt.index = index;

    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    // The layout of QCommonStyle's item view item: the icon in a box of its size plus a
    // margin on each side, centred; the text beside it, inset by the margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textBox = opt.rect;
    if (!opt.icon.isNull()) {
        const int boxWidth = opt.decorationSize.width() + 2 * margin;
        const QRect iconBox(opt.rect.left(), opt.rect.top(), boxWidth, opt.rect.height());
        textBox.setLeft(iconBox.right() + 1);
        const QRect iconRect = QStyle::alignedRect(opt.direction, opt.decorationAlignment, opt.decorationSize,
                                                   QStyle::visualRect(opt.direction, opt.rect, iconBox));
        QIcon::Mode mode = QIcon::Normal;
        if (!(opt.state & QStyle::State_Enabled))
            mode = QIcon::Disabled;
        else if (opt.state & QStyle::State_Selected)
            mode = QIcon::Selected;
        if (iconRect.right() <= opt.rect.right())
            opt.icon.paint(painter, iconRect, opt.decorationAlignment, mode, QIcon::Off);
    }
    textBox = QStyle::visualRect(opt.direction, opt.rect, textBox.adjusted(margin, 0, -margin, 0));

    if (!opt.text.isEmpty() && textBox.width() > 0) {
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        const QPen pen = painter->pen();
        const QFont font = painter->font();
        painter->setPen(opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QStaticText &text = shapedText(opt.text, textBox.width(), opt);
        const QSize size(int(std::ceil(text.size().width())), int(std::ceil(text.size().height())));
        const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textBox);
        painter->drawStaticText(at.topLeft(), text);
        painter->setFont(font);
        painter->setPen(pen);
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor
            = opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
