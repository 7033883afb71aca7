/**
 * Makes sure the markup test can run the Nu HTML Checker (the `vnu-jar` package's vnu.jar), which needs
 * Java 11 or later. When `java` is missing and this runs as root on Debian or Ubuntu, installs Debian's
 * `default-jre-headless`. Otherwise it fails with what to do: the test is never skipped silently.
 */
import { aptInstall, canInstall } from './apt.ts';
import { javaVersion } from './vnu.ts';

let version = javaVersion();
if (!version && canInstall()) {
  console.log('No Java found: installing Debian\'s "default-jre-headless" for the Nu HTML Checker...');
  aptInstall(['default-jre-headless']);
  version = javaVersion();
}
if (!version) {
  console.error(
    'The markup test runs the Nu HTML Checker, which needs Java 11 or later, and none was found.\n' +
      '  - install a Java runtime (Debian/Ubuntu: "apt-get install default-jre-headless"), or\n' +
      '  - set JAVA to a java executable.',
  );
  process.exit(1);
}
console.log(`The Nu HTML Checker will run on Java ${version}`);
