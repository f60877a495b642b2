package servicesim.simulation;

/** Marks messages, events and snapshots serialized as JSON (bound in serialization.conf): readable in the journal. */
public interface JsonSerializable {}
