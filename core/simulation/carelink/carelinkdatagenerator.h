#pragma once

#include "carelinkscenario.h"

namespace nb::sim {

// Writes a realistic CareLink data response for one patient and 24 hours (288 readings, meals with
// boluses, SmartGuard micro-boluses, BG readings and calibrations, notifications, pump clock changes) in
// the format of the chosen era, deterministically from the scenario's seed. Pure.
class CareLinkDataGenerator {
public:
    static GeneratedCareLink generate(const CareLinkScenario &scenario);
};

} // namespace nb::sim
