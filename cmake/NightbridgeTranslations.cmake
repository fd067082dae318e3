# Translations: translations/nightbridge_<lang>.ts compiled by lrelease and embedded as :/i18n/nightbridge_<lang>.qm
# into the library that carries the loader (core/i18n). Workflow in translations/README.md:
#   cmake --build <dir> --target update_translations   (lupdate over core/, ui/, app/)
#   python3 translations/apply_translations.py          (fills the .ts files from translations/dict/*.json)
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

# English is the source language; its file only carries the English plural forms.
set(NB_LANGUAGES en de fr es it)
set(NB_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/translations")

# nb_add_translations(<target>): lupdate/lrelease for <target>; the .qm files land in its resources.
function(nb_add_translations target)
    set(ts_files "")
    foreach(lang IN LISTS NB_LANGUAGES)
        list(APPEND ts_files "${NB_TRANSLATIONS_DIR}/nightbridge_${lang}.ts")
    endforeach()
    # Qt 6.4's qt_add_translations only scans what it is given (SOURCES), not the targets that use tr().
    set(sources "")
    foreach(dir core ui app)
        file(GLOB_RECURSE dir_sources CONFIGURE_DEPENDS
             "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h" "${PROJECT_SOURCE_DIR}/${dir}/*.ui")
        list(APPEND sources ${dir_sources})
    endforeach()
    # No line numbers: the .ts files then only change when strings change (several people add strings at once).
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
        RESOURCE_PREFIX "/i18n"
        LUPDATE_OPTIONS -no-obsolete -locations none -silent
        LRELEASE_OPTIONS -silent)
endfunction()
