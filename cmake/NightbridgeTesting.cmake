# nb_add_test(NAME <tst_name> LABEL <unit|integration|ui|keychain> SOURCES <files...> [LIBS <libs...>])
# One executable per test class; ctest label selects the suite.
function(nb_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE nightbridge_options nightbridge_testsupport Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        NB_SHARED_DIR="${NB_SHARED_DIR}"
        NB_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        NB_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(T_LABEL STREQUAL "keychain")
        # Real gnome-keyring under a private D-Bus session, see tests/keychain/run-with-keyring.sh.
        add_test(NAME ${T_NAME}
                 COMMAND ${PROJECT_SOURCE_DIR}/tests/keychain/run-with-keyring.sh $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    # Sanitizer builds run 2-3x slower: scale every limit rather than loosen the normal ones.
    if(NB_TIMEOUT_SCALE GREATER 1)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${NB_TIMEOUT_SCALE}")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
