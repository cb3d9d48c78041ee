package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.org.Unit;

/** Blocks as scoring will use them, and pledges signed inside a block. */
class BlockAndPledgeTest {
    @TempDir
    Path dir;
    private PlanFixture f;

    @BeforeEach
    void open() {
        f = new PlanFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aBlockGivesItsMembersInTreeOrderAndItsHead() {
        Block block = f.blocks().save(new Block(null, 2026, " Khối  các tiểu đoàn ", f.battalion2.id(),
                List.of(f.battalion3.id(), f.battalion1.id(), f.battalion2.id())));
        assertThat(block.name()).isEqualTo("Khối các tiểu đoàn");
        assertThat(f.blocks().members(block.id())).extracting(Unit::code).containsExactly("d1", "d2", "d3");
        assertThat(f.blocks().headUnit(block.id())).get().extracting(Unit::code).isEqualTo("d2");
        assertThat(f.blocks().blockOf(f.battalion3.id(), 2026)).get().extracting(Block::id).isEqualTo(block.id());
        assertThat(f.blocks().blockOf(f.battalion3.id(), 2027)).isEmpty();
        assertThat(f.blocks().blocksOf(2026)).singleElement().extracting(Block::memberUnitIds)
                .isEqualTo(List.of(f.battalion1.id(), f.battalion2.id(), f.battalion3.id()));
    }

    @Test
    void aUnitIsInAtMostOneBlockAYear() {
        f.blocks().save(new Block(null, 2026, "Khối tiểu đoàn", null, List.of(f.battalion1.id(), f.battalion2.id())));
        assertThatThrownBy(() -> f.blocks().save(new Block(null, 2026, "Khối hỗn hợp", null, List.of(f.battalion2.id(), f.company1.id()))))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.unitInOtherBlock");
        assertThat(f.blocks().blocksOf(2026)).hasSize(1);
        assertThat(f.blocks().save(new Block(null, 2027, "Khối hỗn hợp", null, List.of(f.battalion2.id(), f.company1.id()))).year()).isEqualTo(2027);
    }

    @Test
    void aBlockNeedsTwoUnitsAndAHeadAmongThem() {
        assertThatThrownBy(() -> f.blocks().save(new Block(null, 2026, "Khối", null, List.of(f.company1.id()))))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.blockMembers");
        assertThatThrownBy(() -> f.blocks().save(new Block(null, 2026, "Khối", f.company3.id(), List.of(f.company1.id(), f.company2.id()))))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.headNotMember");
        assertThat(f.blocks().blocksOf(2026)).isEmpty();
    }

    @Test
    void aPledgeIsSignedByUnitsOfOneBlockInItsYear() {
        Block block = f.blocks().save(new Block(null, 2026, "Khối đại đội", f.company1.id(), List.of(f.company1.id(), f.company2.id(), f.company3.id())));
        assertThatThrownBy(() -> pledge(block, LocalDate.of(2026, 1, 20), List.of(f.company1.id(), f.battalion1.id())))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.pledgeOutsideBlock");
        assertThatThrownBy(() -> pledge(block, LocalDate.of(2025, 12, 20), List.of(f.company1.id(), f.company2.id())))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.pledgeDate");
        assertThatThrownBy(() -> pledge(block, LocalDate.of(2026, 1, 20), List.of(f.company1.id(), f.company1.id())))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.pledgeParties");
        Pledge pledge = pledge(block, LocalDate.of(2026, 1, 20), List.of(f.company2.id(), f.company1.id()));
        assertThat(f.app.plan().pledges().ofYear(2026)).singleElement().satisfies(p -> {
            assertThat(p.partyUnitIds()).containsExactly(f.company2.id(), f.company1.id());
            assertThat(p.commitments()).containsExactly("Huấn luyện giỏi", "An toàn tuyệt đối");
        });
        assertThatThrownBy(() -> f.blocks().delete(block.id())).hasFieldOrPropertyWithValue("messageKey", "plan.error.blockHasPledges");
        f.app.plan().pledges().delete(pledge.id());
        f.blocks().delete(block.id());
        assertThat(f.blocks().blocksOf(2026)).isEmpty();
    }

    private Pledge pledge(Block block, LocalDate on, List<String> parties) {
        return f.app.plan().pledges().add(new Pledge(null, 0, block.id(), "Giao ước thi đua", on, parties, List.of("Huấn luyện giỏi", " ", "An toàn tuyệt đối")));
    }
}
