// EndpointStateVisuals: each state's icon stands out at 3:1 or more (WCAG non-text
// contrast) from the row it sits on, tinted or not, in light and dark palettes; the
// colour is read back from the rendered icon, not taken on trust.
#include "endpointstatevisuals.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>

class TestEndpointStateVisuals : public QObject
{
    Q_OBJECT

private slots:
    void iconsReachThreeToOneOnEveryRow_data();
    void iconsReachThreeToOneOnEveryRow();
};

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

WebhookEndpoint endpointIn(WebhookEndpoint::State state)
{
    WebhookEndpoint e;
    e.isActive = true;
    switch (state) {
    case WebhookEndpoint::State::Healthy:
        e.verifiedAt = QDateTime::currentDateTimeUtc();
        break;
    case WebhookEndpoint::State::Failing:
        e.verifiedAt = QDateTime::currentDateTimeUtc();
        e.consecutiveFailures = WebhookEndpoint::AutoDisableThreshold - 1;
        break;
    case WebhookEndpoint::State::Disabled:
        e.isActive = false;
        e.disabledAt = QDateTime::currentDateTimeUtc();
        break;
    case WebhookEndpoint::State::Inactive:
        e.isActive = false;
        break;
    case WebhookEndpoint::State::NeverVerified:
        break;
    }
    return e;
}

} // namespace

void TestEndpointStateVisuals::iconsReachThreeToOneOnEveryRow_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QColor>("base");
    const QList<QPair<const char *, QColor>> bases = {
        {"white", QColor(255, 255, 255)},     {"Breeze light", QColor(252, 252, 252)},
        {"light grey", QColor(239, 240, 241)}, {"Breeze dark", QColor(27, 30, 32)},
        {"Adwaita dark", QColor(36, 36, 36)},  {"Fusion dark", QColor(42, 42, 42)},
        {"dark grey", QColor(53, 53, 53)}};
    const QList<QPair<const char *, WebhookEndpoint::State>> states = {
        {"healthy", WebhookEndpoint::State::Healthy},   {"failing", WebhookEndpoint::State::Failing},
        {"disabled", WebhookEndpoint::State::Disabled}, {"inactive", WebhookEndpoint::State::Inactive},
        {"never verified", WebhookEndpoint::State::NeverVerified}};
    for (const auto &[stateName, state] : states) {
        for (const auto &[baseName, base] : bases)
            QTest::addRow("%s on %s", stateName, baseName) << int(state) << base;
    }
}

void TestEndpointStateVisuals::iconsReachThreeToOneOnEveryRow()
{
    QFETCH(int, state);
    QFETCH(QColor, base);
    const auto s = static_cast<WebhookEndpoint::State>(state);
    QCOMPARE(endpointIn(s).state(), s);

    // The row: the palette's base under the state's tint.
    QImage row(64, 64, QImage::Format_ARGB32);
    row.fill(base);
    {
        QPainter p(&row);
        p.fillRect(row.rect(), EndpointStateVisuals::stateBackground(endpointIn(s)));
    }
    const QColor background = row.pixelColor(0, 0);

    // The icon's edge, as drawn: a pixel just inside its outline, fully opaque.
    const QImage icon = EndpointStateVisuals::drawStateIcon(s, 64, base).toImage();
    const QColor edge = icon.pixelColor(32, 6);
    QCOMPARE(edge.alpha(), 255);
    const double ratio = contrast(edge, background);
    // To look at (ODWH_SHOTS_DIR): the icon at 16 and 32 pixels on its row.
    if (const QString dir = qEnvironmentVariable("ODWH_SHOTS_DIR"); !dir.isEmpty()) {
        QImage sample(row.copy(0, 0, 64, 40));
        QPainter p(&sample);
        p.drawPixmap(4, 12, EndpointStateVisuals::drawStateIcon(s, 16, base));
        p.drawPixmap(26, 4, EndpointStateVisuals::drawStateIcon(s, 32, base));
        p.end();
        sample.save(QStringLiteral("%1/stateicon-%2.png").arg(dir, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }
    QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(edge.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

QTEST_MAIN(TestEndpointStateVisuals)
#include "tst_endpointstatevisuals.moc"
