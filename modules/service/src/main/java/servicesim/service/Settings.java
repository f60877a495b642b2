package servicesim.service;

import com.typesafe.config.Config;

/** The {@code servicesim} block of the configuration, read once. */
public record Settings(String dbUrl, String dbUser, String dbPassword, int poolSize, int tags, int runParallelism) {

  public static Settings of(Config config) {
    Config s = config.getConfig("servicesim");
    return new Settings(s.getString("db.url"), s.getString("db.user"), s.getString("db.password"),
        s.getInt("db.pool-size"), s.getInt("tags"), s.getInt("run.parallelism"));
  }

  public Settings withDb(String url, String user, String password) {
    return new Settings(url, user == null ? dbUser : user, password == null ? dbPassword : password, poolSize, tags,
        runParallelism);
  }
}
