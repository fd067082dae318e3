#include "featurespanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace nb::ui {

FeaturesPanel::FeaturesPanel(AccountVendor vendor, QWidget *parent)
    : QWidget(parent)
    , m_features(setup::FeatureCatalog::forVendor(vendor))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const setup::FeatureInfo &f : m_features) {
        auto *box = new QCheckBox(f.label, this);
        box->setObjectName(QStringLiteral("feature_") + f.name);
        auto *explanation = new QLabel(f.explanation, this);
        explanation->setObjectName(QStringLiteral("featureHelp_") + f.name);
        explanation->setWordWrap(true);
        explanation->setIndent(24);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(box);
        layout->addWidget(explanation);
        m_boxes.insert(f.name, box);
        connect(box, &QCheckBox::toggled, this, &FeaturesPanel::changed);
    }
}

void FeaturesPanel::setEnabledNames(const QStringList &names)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(names.contains(it.key()));
    }
}

QStringList FeaturesPanel::enabledNames() const
{
    QStringList names;
    for (const setup::FeatureInfo &f : m_features) {
        if (m_boxes.value(f.name)->isChecked())
            names.append(f.name);
    }
    return names;
}

} // namespace nb::ui
