@echo off
rem briefing's launcher for Windows (cmd.exe), the counterpart of bin/briefing in the release archive: Java 17 or
rem newer from JAVA_HOME or else PATH, the same JVM settings (docs/performance.md), the jar from ..\lib.
rem BRIEFING_JAVA_OPTS adds JVM options (e.g. -Xmx2g); JAVA_HOME chooses the Java runtime.
setlocal EnableExtensions
set "BRIEFING_LIB=%~dp0..\lib"
set "BRIEFING_NEED=install Java 17 or newer (e.g. Eclipse Temurin 17) and put its bin folder on PATH, or set JAVA_HOME to it"

if defined JAVA_HOME (
  set "BRIEFING_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "BRIEFING_JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%BRIEFING_JAVA%" (
  echo error: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe 1>&2
  echo   hint: %BRIEFING_NEED% 1>&2
  exit /b 69
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo error: briefing needs Java 17 or newer, and no java is on PATH 1>&2
    echo   hint: %BRIEFING_NEED% 1>&2
    exit /b 69
  )
)

rem The version is the third word of the first line of `java -version`, in quotes: "17.0.12" or "1.8.0_412".
set "BRIEFING_VERSION="
for /f "tokens=3" %%v in ('call "%BRIEFING_JAVA%" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined BRIEFING_VERSION set "BRIEFING_VERSION=%%~v"
)
set "BRIEFING_MAJOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%BRIEFING_VERSION%") do (
  if "%%a"=="1" (set "BRIEFING_MAJOR=%%b") else (set "BRIEFING_MAJOR=%%a")
)
if not defined BRIEFING_MAJOR (
  echo error: could not tell which Java %BRIEFING_JAVA% is 1>&2
  echo   hint: %BRIEFING_NEED% 1>&2
  exit /b 69
)
if %BRIEFING_MAJOR% LSS 17 (
  echo error: briefing needs Java 17 or newer; %BRIEFING_JAVA% is Java %BRIEFING_VERSION% 1>&2
  echo   hint: %BRIEFING_NEED% 1>&2
  exit /b 69
)

rem One-shot commands use the quick compiler and the serial collector; serve keeps the JVM's defaults.
set "BRIEFING_TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "BRIEFING_TUNING="
"%BRIEFING_JAVA%" -Djava.awt.headless=true -XX:SharedArchiveFile="%BRIEFING_LIB%\briefing.jsa" -Xlog:cds=off,cds+dynamic=off %BRIEFING_TUNING% %BRIEFING_JAVA_OPTS% -jar "%BRIEFING_LIB%\briefing.jar" %*
exit /b %ERRORLEVEL%
