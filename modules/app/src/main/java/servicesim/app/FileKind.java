package servicesim.app;

import java.nio.file.Path;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;

/** What a YAML file is, told by its keys: a scenario has a script, a workshop trainees, a policy rules, a lexicon acts. */
enum FileKind {
  SCENARIO, WORKSHOP, POLICY, LEXICON;

  static FileKind of(Path file) throws InvalidFileException {
    return of(YamlFile.read(file));
  }

  static FileKind of(YamlFile file) throws InvalidFileException {
    if (file.root() instanceof YamlNode.Mapping m) {
      // a policy names the acts too (their titles), so its rules decide first
      if (m.get("rules").isPresent() || m.get("passMark").isPresent()) return POLICY;
      if (m.get("acts").isPresent()) return LEXICON;
      if (m.get("trainees").isPresent()) return WORKSHOP;
      if (m.get("script").isPresent() || m.get("customer").isPresent()) return SCENARIO;
    }
    throw new InvalidFileException(Location.of(file.name()), "not a scenario, workshop, policy or lexicon file "
        + "(expected a mapping with 'script', 'trainees', 'rules' or 'acts')");
  }
}
