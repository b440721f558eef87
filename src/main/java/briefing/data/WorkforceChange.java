package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Count;
import briefing.value.PartialDate;
import briefing.value.Status;
import briefing.value.ValueFormatException;

import java.util.Locale;
import java.util.Optional;

/** Jobs cut or added ({@code workforce.yaml}). */
public record WorkforceChange(
        String id,
        Optional<PartialDate> date,
        Count count,
        Kind kind,
        String scope,
        Status status,
        Ref source,
        Optional<String> note,
        SourceLocation location) {

    public enum Kind {
        CUT("Job cuts"), HIRE("Hiring");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind parse(String text) throws ValueFormatException {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "cut" -> CUT;
                case "hire" -> HIRE;
                default -> throw new ValueFormatException("cut or hire", text);
            };
        }
    }
}
