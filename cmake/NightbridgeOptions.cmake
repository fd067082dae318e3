# One interface target carries every compile setting the project's own targets share.
add_library(nightbridge_options INTERFACE)
target_compile_features(nightbridge_options INTERFACE cxx_std_20)
target_compile_options(nightbridge_options INTERFACE -Wall -Wextra -Wpedantic)
if(NB_WERROR)
    target_compile_options(nightbridge_options INTERFACE -Werror)
endif()
target_compile_definitions(nightbridge_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    NIGHTBRIDGE_VERSION="${PROJECT_VERSION}")
if(NB_SANITIZE)
    target_compile_options(nightbridge_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                         -fno-sanitize-recover=undefined)
    target_link_options(nightbridge_options INTERFACE -fsanitize=address,undefined)
    # GCC's -Wmaybe-uninitialized is known to give false positives with the sanitizers' instrumentation
    # (seen on std::variant in Result<T>); the Release build keeps the warning as an error.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(nightbridge_options INTERFACE -Wno-maybe-uninitialized)
    endif()
endif()
