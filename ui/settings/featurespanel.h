#pragma once

#include "settings/settingsschema.h"
#include "setup/featurecatalog.h"

#include <QHash>
#include <QWidget>

class QCheckBox;

namespace nb::ui {

// The features of one vendor as check boxes (objectName "feature_<name>"), each with its one-line
// explanation underneath.
class FeaturesPanel : public QWidget {
    Q_OBJECT
public:
    explicit FeaturesPanel(AccountVendor vendor, QWidget *parent = nullptr);

    void setEnabledNames(const QStringList &names);
    QStringList enabledNames() const;
    const QList<setup::FeatureInfo> &features() const { return m_features; }

signals:
    void changed();

private:
    QList<setup::FeatureInfo> m_features;
    QHash<QString, QCheckBox *> m_boxes;
};

} // namespace nb::ui
