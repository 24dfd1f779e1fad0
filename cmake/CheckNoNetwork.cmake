# Run by ctest (cmake -P): fails when a Flywheel program loads Qt Network, directly or through another
# library. Flywheel promises that nothing leaves the owner's machine; not linking the networking
# module at all is the simplest proof. APP and CLI are the two programs' paths.
set(PROGRAMS "${APP}" "${CLI}")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${PROGRAMS}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(libraries ${resolved} ${unresolved})
list(LENGTH libraries count)
if(count EQUAL 0)
    message(FATAL_ERROR "No libraries found for ${PROGRAMS}: the check cannot tell anything.")
endif()
foreach(library IN LISTS libraries)
    get_filename_component(name "${library}" NAME)
    if(name MATCHES "Qt[0-9]*Network|QtNetwork")
        message(FATAL_ERROR "${name} is loaded by ${PROGRAMS}: Flywheel must not link the networking module.")
    endif()
endforeach()
message(STATUS "${count} libraries, none of them Qt Network")
