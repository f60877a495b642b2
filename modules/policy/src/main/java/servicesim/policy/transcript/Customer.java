package servicesim.policy.transcript;

/** The simulated customer's details, as a complaint record must repeat them. Absent details are empty strings. */
public record Customer(String name, String phone, String email, String address) {}
