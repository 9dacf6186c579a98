package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Hypotheses page driven in headless Chromium: a board ranked, a rating changed from the
 * keyboard that re-ranks the hypotheses and is still there after a reload, and an outlet graded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiHypothesesTest extends BrowserTest {

  @BeforeAll
  static void storeTheBoard() throws Exception {
    if (served != null) {
      SampleBoard.storeIn(served.workspace);
    }
  }

  @Test
  @Order(1)
  void listsTheBoardAndShowsItRanked() throws Exception {
    browser.get(base + "#/hypotheses");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#boards li a"))).click();

    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ach-ranking li"), 3));
    assertThat(rankedIds()).containsExactly("H2", "H1", "H3");
    assertThat(browser.findElement(By.id("ach-ranking")).getText()).contains(SampleBoard.HOSTILE);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#ach-matrix tbody tr"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("#ach-matrix tr[data-evidence=E1] td.diagnosticity")).getText())
        .isEqualTo("0.75");
    assertThat(browser.findElement(By.cssSelector("#ach-matrix tr[data-evidence=E2] td.diagnosticity")).getText())
        .isEqualTo("0.25");
    assertThat(browser.findElement(By.id("ach-report")).getAttribute("href")).endsWith("/api/hypotheses/iran-aq/report");
    screenshot("20-hypotheses-board");
  }

  @Test
  @Order(2)
  void aRatingChangedFromTheKeyboardReranksAndPersists() throws Exception {
    WebElement cell = browser.findElement(By.cssSelector("#ach-matrix tr[data-evidence=E1] select[data-hypothesis=H2]"));
    assertThat(new Select(cell).getFirstSelectedOption().getText()).isEqualTo("C");

    cell.sendKeys("II");
    cell.sendKeys(Keys.TAB);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating-status"), "Rated E1 II for H2."));
    assertThat(rankedIds()).containsExactly("H1", "H2", "H3");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ach-ranking li"), 3));
    assertThat(rankedIds()).containsExactly("H1", "H2", "H3");
    assertThat(new Select(browser.findElement(By.cssSelector("#ach-matrix tr[data-evidence=E1] select[data-hypothesis=H2]")))
        .getFirstSelectedOption().getText()).isEqualTo("II");
    screenshot("21-hypotheses-rerated");
  }

  @Test
  @Order(3)
  void gradesAnOutletAndListsIt() throws Exception {
    browser.get(base + "#/hypotheses");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grade-form")));

    browser.findElement(By.cssSelector("#grade-form input[name=outlet]")).sendKeys("gulf-wire");
    browser.findElement(By.cssSelector("#grade-form input[name=grade]")).sendKeys("B2", Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grade-status"), "Graded gulf-wire B2"));
    assertThat(browser.findElement(By.cssSelector("#grades tr[data-outlet=gulf-wire]")).getText()).contains("B2");
    screenshot("22-hypotheses-sources");
  }

  private static List<String> rankedIds() {
    return browser.findElements(By.cssSelector("#ach-ranking li")).stream()
        .map(item -> item.getAttribute("data-hypothesis")).toList();
  }
}
