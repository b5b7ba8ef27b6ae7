package io.hearth.platform.customer.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.web.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rules behind the staff customer API: what the search box means, notes and tags, street masking. */
class CustomerRulesTest {

    @Test
    void theSearchBoxTellsPhonesLastFourDigitsAndNicknamesApart() {
        assertEquals(new CustomerSearch(CustomerSearch.Kind.LAST4, "0001"), CustomerSearch.of(" 0001 "));
        assertEquals(new CustomerSearch(CustomerSearch.Kind.PHONE, "+8613800138000"), CustomerSearch.of("138 0013 8000"));
        assertEquals(new CustomerSearch(CustomerSearch.Kind.PHONE, "+8613800138000"), CustomerSearch.of("+86 13800138000"));
        assertEquals(new CustomerSearch(CustomerSearch.Kind.NICKNAME, "1380013"), CustomerSearch.of("1380013"));
        assertEquals(new CustomerSearch(CustomerSearch.Kind.NICKNAME, "li na"), CustomerSearch.of("Li Na"));
        assertEquals("%50!%!_off!!%", CustomerSearch.of("50%_OFF!").likePattern());
        assertNull(CustomerSearch.of("  "));
        ApiException tooLong = assertThrows(ApiException.class, () -> CustomerSearch.of("x".repeat(61)));
        assertEquals(400, tooLong.status());
    }

    @Test
    void tagsAreTrimmedDeduplicatedIgnoringCaseAndBlanksDropped() {
        StaffNotesCheck.Checked c = StaffNotesCheck.check(new StaffCustomerDto.NotesInput("  hello ",
                Arrays.asList(" VIP", "vip ", null, "", "Cats", "VIP"), 3));
        assertEquals("hello", c.note());
        assertEquals(List.of("VIP", "Cats"), c.tags());
        assertEquals(3, c.version());
        assertNull(StaffNotesCheck.check(new StaffCustomerDto.NotesInput("   ", null, 0)).note());
    }

    @Test
    void everyBrokenRuleIsReportedAtItsField() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tags.add("t" + i);
        }
        tags.add("é".repeat(21));
        ApiException e = assertThrows(ApiException.class, () -> StaffNotesCheck.check(
                new StaffCustomerDto.NotesInput("a".repeat(1001), tags, -1)));
        assertEquals(422, e.status());
        assertEquals("customer-notes-invalid", e.messageKey());
        assertEquals(List.of("note", "tags", "tags[12]", "version"), e.fieldErrors().keySet().stream().sorted().toList());
        // Ten tags of twenty characters and a note of a thousand characters (counted as characters) are fine.
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(String.format("%020d", i));
        }
        assertEquals(10, StaffNotesCheck.check(new StaffCustomerDto.NotesInput("好".repeat(1000), ten, 0)).tags().size());
    }

    @Test
    void streetsAreMaskedBeforeTheFirstNumber() {
        assertEquals("文三路****", Masking.streetDetail("文三路88号"));
        assertEquals("Wensan****", Masking.streetDetail("Wensan Road 88"));
        assertEquals("****", Masking.streetDetail("88 Wensan Road"));
        assertEquals("ab****", Masking.streetDetail("abcd"));
        assertNull(Masking.streetDetail(null));
    }
}
