package servicesim.service;

import com.typesafe.config.Config;

/** The {@code servicesim} block of the configuration, read once. */
public record Settings(String dbUrl, String dbUser, String dbPassword, int poolSize, int tags, int runParallelism,
    String dataFolderSetting) {

  public static Settings of(Config config) {
    Config s = config.getConfig("servicesim");
    return new Settings(s.getString("db.url"), s.getString("db.user"), s.getString("db.password"),
        s.getInt("db.pool-size"), s.getInt("tags"), s.getInt("run.parallelism"),
        s.hasPath("data-folder") ? s.getString("data-folder") : "");
  }

  /**
   * The folder for the files kept outside the database (tokens, the ledger key): {@code servicesim.data-folder} if set,
   * else next to an H2 file, else ./data.
   */
  public java.nio.file.Path dataFolder() {
    if (!dataFolderSetting.isBlank()) return java.nio.file.Path.of(dataFolderSetting).toAbsolutePath().normalize();
    return dataFolder(dbUrl);
  }

  public static java.nio.file.Path dataFolder(String dbUrl) {
    String prefix = "jdbc:h2:file:";
    if (dbUrl.startsWith(prefix)) {
      java.nio.file.Path parent = java.nio.file.Path.of(dbUrl.substring(prefix.length()).split(";", 2)[0])
          .toAbsolutePath().normalize().getParent();
      if (parent != null) return parent;
    }
    return java.nio.file.Path.of("data").toAbsolutePath().normalize();
  }

  public Settings withDb(String url, String user, String password) {
    return new Settings(url, user == null ? dbUser : user, password == null ? dbPassword : password, poolSize, tags,
        runParallelism, dataFolderSetting);
  }
}
